import type { preHandlerAsyncHookHandler } from 'fastify';
import { AuthErrors, hasRole, SECRETARIAT_ROLES, type Actor, type Role } from './actor';

/** Permissions of the kernel itself; modules declare theirs in their manifest. */
export const corePermissions: Record<string, readonly Role[]> = {
  'audit.log.read': SECRETARIAT_ROLES,
  'identity.user.read': SECRETARIAT_ROLES,
  'identity.user.create': ['secretariat_admin'],
  'identity.mandate.grant': ['secretariat_admin', 'national_coordinator'],
};

export class PermissionRegistry {
  private readonly grants = new Map<string, readonly Role[]>();

  register(perms: Record<string, readonly Role[]>) {
    for (const [p, roles] of Object.entries(perms)) {
      if (this.grants.has(p)) throw new Error(`Permission ${p} declared twice`);
      this.grants.set(p, roles);
    }
  }

  can(actor: Actor | null, permission: string): boolean {
    const roles = this.grants.get(permission);
    if (!roles) throw new Error(`Unknown permission ${permission}`);
    return hasRole(actor, roles);
  }

  /** A preHandler for what any signed-in user may do, whatever their mandates. */
  requireSignedIn(): preHandlerAsyncHookHandler {
    return guard({ signedIn: true }, async (req) => {
      if (!req.actor) throw AuthErrors.unauthenticated();
    });
  }

  /** A preHandler: 401 for the anonymous, 403 for those whose roles lack the permission. */
  require(permission: string): preHandlerAsyncHookHandler {
    if (!this.grants.has(permission)) throw new Error(`Unknown permission ${permission}`);
    return guard({ signedIn: true, permission, roles: this.grants.get(permission)! }, async (req) => {
      if (!req.actor) throw AuthErrors.unauthenticated();
      if (!this.can(req.actor, permission)) throw AuthErrors.forbidden({ permission });
    });
  }
}

/** What a route's guard asks of the caller, readable by the API description and the authorization matrix. */
export interface Guard {
  signedIn: true;
  permission?: string;
  roles?: readonly Role[];
}

const GUARD = Symbol('guard');
type Guarded = preHandlerAsyncHookHandler & { [GUARD]?: Guard };

function guard(g: Guard, fn: preHandlerAsyncHookHandler): preHandlerAsyncHookHandler {
  return Object.assign(fn, { [GUARD]: g });
}

/** The guard among a route's preHandlers, if any. */
export function guardOf(preHandler: unknown): Guard | undefined {
  const list = (Array.isArray(preHandler) ? preHandler : [preHandler]) as Guarded[];
  return list.find((h) => typeof h === 'function' && h[GUARD])?.[GUARD];
}
