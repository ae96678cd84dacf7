import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Benchmarks, FrameworkVersion, LibraryProtocol, WhoMadeItWork } from '@rcp/api-contract';
import { Observable } from 'rxjs';
import { BenchmarkFilters, filtersToParams } from '../model/benchmark-filters';
import { WhoQuery } from '../model/who-made-it-work';

const API = '/api/v1';

/** The calls the benchmarks page makes. The server decides whom the caller may see by name. */
@Injectable({ providedIn: 'root' })
export class BenchmarksApi {
  private readonly http = inject(HttpClient);

  benchmarks(filters: BenchmarkFilters): Observable<Benchmarks> {
    return this.http.get<Benchmarks>(`${API}/benchmarks`, { params: filtersToParams(filters) });
  }

  whoMadeItWork(query: WhoQuery): Observable<WhoMadeItWork> {
    return this.http.get<WhoMadeItWork>(`${API}/benchmarks/who-made-it-work`, {
      params: { ...query },
    });
  }

  /** The current framework: its principles (to rank by) and protocol categories. */
  framework(): Observable<FrameworkVersion> {
    return this.http.get<FrameworkVersion>(`${API}/frameworks/current`);
  }

  library(): Observable<LibraryProtocol[]> {
    return this.http.get<LibraryProtocol[]>(`${API}/protocol-library`);
  }
}
