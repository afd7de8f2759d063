import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { metaOf } from '../../core/actor';
import { forbidden, notFound } from '../../core/errors';
import { SESSION_COOKIE } from '../../http/auth';
import type { AppDeps } from '../../http/env';
import {
  actorOf,
  createRouter,
  err,
  errorResponses,
  idParam,
  jsonBody,
  jsonResponse,
  security,
} from '../../http/router';
import { changeOwnPassword, resetPassword } from './commands/set-password';
import { createUser } from './commands/create-user';
import { login, SESSION_TTL_MS } from './commands/login';
import { logout } from './commands/logout';
import { setUserDisabled } from './commands/set-user-disabled';
import { setUserRoles } from './commands/set-user-roles';
import { MIN_PASSWORD_LENGTH } from './password';
import { canListUsers, canManageUser, canSeeUser } from './policy';
import { presentUser } from './present';
import { findUserById, grantsOf, listUsersInScope } from './queries';
import { resolveRoles } from './resolve-roles';
import { roleNames } from './schema';
import { isAdmin, manageRoots } from '../../core/scope';

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
  .max(200, 'Mật khẩu quá dài (tối đa 200 ký tự).');

const roleInput = z.object({
  role: z.enum(roleNames, { message: `Vai trò phải là một trong: ${roleNames.join(', ')}.` }),
  unitId: z.uuid('Mã đơn vị không hợp lệ.').nullish(),
  organizationId: z.uuid('Mã tổ chức không hợp lệ.').nullish(),
});

const roleOut = z.object({
  role: z.enum(roleNames),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
});

const userOut = z
  .object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    disabled: z.boolean(),
    createdAt: z.string(),
    roles: z.array(roleOut),
  })
  .openapi('User');

const loginRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['Xác thực'],
  request: {
    body: jsonBody(
      z.object({
        username: z.string().min(1, 'Nhập tên đăng nhập.').max(100, 'Tên đăng nhập quá dài.'),
        password: z.string().min(1, 'Nhập mật khẩu.').max(200, 'Mật khẩu quá dài.'),
      }),
    ),
  },
  responses: {
    200: jsonResponse(z.object({ token: z.string(), user: userOut })),
    ...errorResponses,
    429: err('Đăng nhập sai quá nhiều lần; xem Retry-After'),
  },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/v1/users',
  tags: ['Người dùng'],
  security,
  request: {
    body: jsonBody(
      z.object({
        username: z
          .string()
          .min(3, 'Tên đăng nhập cần 3–50 ký tự.')
          .max(50, 'Tên đăng nhập cần 3–50 ký tự.')
          .regex(/^[A-Za-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.'),
        password,
        fullName: z.string().trim().min(1, 'Nhập họ và tên.').max(200, 'Họ và tên quá dài (tối đa 200 ký tự).'),
        roles: z.array(roleInput).min(1, 'Chọn ít nhất một vai trò.').max(20, 'Quá nhiều vai trò.'),
      }),
    ),
  },
  responses: { 201: jsonResponse(userOut, 'Đã tạo'), ...errorResponses },
});

const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/v1/users',
  tags: ['Người dùng'],
  security,
  responses: { 200: jsonResponse(z.object({ items: z.array(userOut) })), ...errorResponses },
});

const getUserRoute = createRoute({
  method: 'get',
  path: '/api/v1/users/{id}',
  tags: ['Người dùng'],
  security,
  request: { params: idParam },
  responses: { 200: jsonResponse(userOut), ...errorResponses },
});

const setRolesRoute = createRoute({
  method: 'put',
  path: '/api/v1/users/{id}/roles',
  tags: ['Người dùng'],
  security,
  request: {
    params: idParam,
    body: jsonBody(z.object({ roles: z.array(roleInput).min(1, 'Chọn ít nhất một vai trò.').max(20) })),
  },
  responses: { 200: jsonResponse(userOut), ...errorResponses },
});

const disableRoute = (action: 'disable' | 'enable') =>
  createRoute({
    method: 'post',
    path: `/api/v1/users/{id}/${action}`,
    tags: ['Người dùng'],
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(userOut), ...errorResponses },
  });

const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/api/v1/users/{id}/password',
  tags: ['Người dùng'],
  security,
  request: { params: idParam, body: jsonBody(z.object({ newPassword: password })) },
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) })), ...errorResponses },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/me',
  tags: ['Xác thực'],
  security,
  responses: {
    200: jsonResponse(userOut.extend({ permissions: z.object({ manageUsers: z.boolean(), admin: z.boolean() }) })),
    ...errorResponses,
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['Xác thực'],
  security,
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) })), ...errorResponses },
});

const changePasswordRoute = createRoute({
  method: 'post',
  path: '/api/v1/me/password',
  tags: ['Xác thực'],
  security,
  request: {
    body: jsonBody(
      z.object({ currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại.').max(200), newPassword: password }),
    ),
  },
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) })), ...errorResponses },
});

export function usersRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** Loads a user the actor may see, or 404; returns the roles too. */
  async function visibleUser(actor: ReturnType<typeof actorOf>, id: string) {
    const user = await findUserById(db, id);
    const grants = user ? ((await grantsOf(db, [id])).get(id) ?? []) : [];
    if (!user || !canSeeUser(actor, grants)) throw notFound('Người dùng');
    return { user, grants };
  }

  async function present(id: string) {
    const user = await findUserById(db, id);
    if (!user) throw notFound('Người dùng');
    return presentUser(user, (await grantsOf(db, [id])).get(id) ?? []);
  }

  app.openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const { token, userId } = await login(db, body, {
      ip: c.get('ip') ?? 'unknown',
      userAgent: c.req.header('user-agent') ?? null,
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.get('secure'),
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    return c.json({ token, user: await present(userId) }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const actor = actorOf(c);
    if (actor.sessionId) await logout(db, metaOf(actor, c.get('ip')), actor.sessionId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(meRoute, async (c) => {
    const actor = actorOf(c);
    const user = await present(actor.id);
    return c.json({ ...user, permissions: { manageUsers: canListUsers(actor), admin: isAdmin(actor) } }, 200);
  });

  app.openapi(changePasswordRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const user = await findUserById(db, actor.id);
    if (!user) throw notFound('Người dùng');
    await changeOwnPassword(db, metaOf(actor, c.get('ip')), user, actor.sessionId, body);
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(createUserRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    if (!canListUsers(actor)) throw forbidden();
    const roles = await resolveRoles(db, actor, body.roles);
    const user = await createUser(db, metaOf(actor, c.get('ip')), { ...body, roles });
    return c.json(await present(user.id), 201);
  });

  app.openapi(listUsersRoute, async (c) => {
    const actor = actorOf(c);
    if (!canListUsers(actor)) throw forbidden();
    const scope = { all: isAdmin(actor), roots: manageRoots(actor).map((m) => m.root) };
    const rows = await listUsersInScope(db, scope);
    return c.json(
      { items: rows.filter((r) => canSeeUser(actor, r.grants)).map((r) => presentUser(r.user, r.grants)) },
      200,
    );
  });

  app.openapi(getUserRoute, async (c) => {
    const actor = actorOf(c);
    const { user, grants } = await visibleUser(actor, c.req.valid('param').id);
    return c.json(presentUser(user, grants), 200);
  });

  app.openapi(setRolesRoute, async (c) => {
    const actor = actorOf(c);
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const { grants } = await visibleUser(actor, id);
    if (!canManageUser(actor, grants)) throw forbidden();
    if (id === actor.id) throw forbidden({ roles: 'Không tự đổi vai trò của chính mình.' });
    const roles = await resolveRoles(db, actor, body.roles);
    await setUserRoles(db, metaOf(actor, c.get('ip')), id, grants, roles);
    return c.json(await present(id), 200);
  });

  for (const action of ['disable', 'enable'] as const) {
    app.openapi(disableRoute(action), async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      const { user, grants } = await visibleUser(actor, id);
      if (!canManageUser(actor, grants)) throw forbidden();
      if (id === actor.id) throw forbidden({ id: 'Không tự khóa tài khoản của chính mình.' });
      const updated = await setUserDisabled(db, metaOf(actor, c.get('ip')), user, grants, action === 'disable');
      return c.json(presentUser(updated, grants), 200);
    });
  }

  app.openapi(resetPasswordRoute, async (c) => {
    const actor = actorOf(c);
    const { id } = c.req.valid('param');
    const { user, grants } = await visibleUser(actor, id);
    if (!canManageUser(actor, grants) || id === actor.id) throw forbidden();
    await resetPassword(db, metaOf(actor, c.get('ip')), user, grants, c.req.valid('json').newPassword);
    return c.json({ ok: true as const }, 200);
  });

  return app;
}
