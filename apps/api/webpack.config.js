const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'create-coordinator', entryPath: './src/cli/create-coordinator.ts' },
        { entryName: 'demo', entryPath: './src/cli/demo.ts' },
        { entryName: 'db-backup', entryPath: './src/cli/db-backup.ts' },
        { entryName: 'db-restore', entryPath: './src/cli/db-restore.ts' },
        // Uploaded register files are read in a worker thread (see RegisterFileReader).
        {
          entryName: 'register-file-worker',
          entryPath: './src/protocols/register-file/register-file.worker.ts',
        },
      ],
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};
