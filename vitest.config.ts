import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    // forks, not threads: CLI tests change the working directory, which worker threads cannot
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
  },
});
