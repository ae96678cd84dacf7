import { aProtocol, anAudit, aView } from './dashboard-view.fixtures';
import { buildServiceAreas } from './service-areas';

describe('the service area picker', () => {
  it('offers each service area of the selected audit once, sorted, whatever the filter', () => {
    const areas = buildServiceAreas(
      aView({
        audits: [anAudit('old'), anAudit('now')],
        filters: { serviceArea: 'Waste', scope: null },
        protocols: [
          aProtocol('now', 'a', { service_area: 'Waste' }),
          aProtocol('now', 'b', { service_area: 'Housing' }),
          aProtocol('now', 'c', { service_area: 'Waste' }),
          aProtocol('old', 'd', { service_area: 'Libraries' }),
        ],
      }),
    );
    expect(areas).toEqual(['Housing', 'Waste']);
  });
});
