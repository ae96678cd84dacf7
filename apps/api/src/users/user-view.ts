import type { User } from '@rcp/api-contract';
import { UserEntity } from './user.entity';

export function toUserView(user: UserEntity, councilName: string | null): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    councilId: user.councilId,
    councilName,
    status: user.status,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: user.lastSignInAt ? user.lastSignInAt.toISOString() : null,
  };
}
