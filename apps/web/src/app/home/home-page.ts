import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../accounts/auth.service';
import { DashboardPage } from '../dashboard/dashboard-page';
import { NetworkOverview } from '../network/network-overview';
import { homeViewFor } from './home-view';
import { ServiceStatus } from './service-status';

/**
 * Home, by who is signed in: a council's people see their council's dashboard (its charts load
 * separately, deferred); a coordinator sees the network overview; anyone else, what the service is.
 */
@Component({
  selector: 'rcp-home-page',
  imports: [RouterLink, DashboardPage, NetworkOverview, ServiceStatus],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly view = computed(() => homeViewFor(this.auth.currentUser()));
}
