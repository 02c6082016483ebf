import type { Core } from '@strapi/strapi';

type AdminUserService = {
  exists(attributes?: Record<string, unknown>): Promise<boolean>;
  create(attributes: Record<string, unknown>): Promise<unknown>;
};
type AdminRoleService = { getSuperAdmin(): Promise<{ id: number } | null> };

/** Creates the first admin account from the generated credentials when the admin has no user yet. */
export async function ensureFirstAdmin(
  strapi: Core.Strapi,
  credentials: { email?: string; password?: string },
): Promise<void> {
  if (!credentials.email || !credentials.password) return;
  const services = strapi.admin!.services as Record<string, unknown>;
  const users = services.user as AdminUserService;
  if (await users.exists()) return;
  const superAdmin = await (services.role as AdminRoleService).getSuperAdmin();
  if (!superAdmin) return;
  await users.create({
    email: credentials.email,
    password: credentials.password,
    firstname: 'Newsroom',
    lastname: 'Editor',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`First admin account created for ${credentials.email}.`);
}
