import { Route } from '@angular/router';

/** Benchmarks: the coordinator's network view and each council's view against its peers. */
export const BENCHMARK_ROUTES: Route[] = [
  {
    path: '',
    title: 'Benchmarks – RCP Audit',
    loadComponent: () => import('./benchmarks-page').then((m) => m.BenchmarksPage),
  },
];
