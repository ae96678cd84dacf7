import { aDataDir, removeDataDirs, startApi } from './api-process';

describe('TRUST_PROXY at start-up', () => {
  afterAll(removeDataDirs);

  it.each(['true', 'proxy.example', '10.0.0.0/40'])(
    'refuses TRUST_PROXY=%s with one clear line, before anything starts',
    async (value) => {
      const api = startApi({ TRUST_PROXY: value, DATA_DIR: await aDataDir() });
      expect(await api.exited).toBe(1);
      const lines = api.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`TRUST_PROXY must be none, a hop count`);
      expect(lines[0]).toContain(value);
    },
  );
});
