import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { isAdmin } from '../../core/scope';
import { SESSION_COOKIE } from '../../http/auth';
import { commandContext } from '../../http/context';
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
import { addUser } from './commands/create-user';
import { login, SESSION_TTL_MS } from './commands/login';
import { endSession } from './commands/logout';
import { changeMyPassword, resetUserPassword } from './commands/set-password';
import { changeUserDisabled } from './commands/set-user-disabled';
import { replaceUserRoles } from './commands/set-user-roles';
import { emailInput, password, roleInput, userOut } from './fields';
import { setUserEmail } from './commands/set-user-email';
import { findUserVisibleTo } from './lookup';
import { canListUsers } from './policy';
import { presentUser, presentUserFor } from './present';
import { listUsersVisibleTo, userWithGrants } from './queries';

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
        email: emailInput.optional(),
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

const setEmailRoute = createRoute({
  method: 'put',
  path: '/api/v1/users/{id}/email',
  tags: ['Người dùng'],
  security,
  description: 'Địa chỉ e-mail nhận thư nhắc (null để xóa).',
  request: { params: idParam, body: jsonBody(z.object({ email: emailInput })) },
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

  app.openapi(loginRoute, async (c) => {
    const client = { ip: c.get('ip') ?? 'unknown', userAgent: c.req.header('user-agent') ?? null };
    const { token, userId } = await login(db, c.req.valid('json'), client);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.get('secure'),
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    const { user, grants } = await userWithGrants(db, userId);
    return c.json({ token, user: presentUser(user, grants) }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    await endSession(commandContext(c, db));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(meRoute, async (c) => {
    const actor = actorOf(c);
    const { user, grants } = await userWithGrants(db, actor.id);
    const permissions = { manageUsers: canListUsers(actor), admin: isAdmin(actor) };
    return c.json({ ...presentUser(user, grants), permissions }, 200);
  });

  app.openapi(changePasswordRoute, async (c) => {
    await changeMyPassword(commandContext(c, db), c.req.valid('json'));
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(createUserRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { user, grants } = await userWithGrants(db, (await addUser(ctx, c.req.valid('json'))).id);
    return c.json(presentUserFor(ctx.actor, user, grants), 201);
  });

  app.openapi(listUsersRoute, async (c) => {
    const actor = actorOf(c);
    const rows = await listUsersVisibleTo(db, actor);
    return c.json({ items: rows.map((r) => presentUserFor(actor, r.user, r.grants)) }, 200);
  });

  app.openapi(getUserRoute, async (c) => {
    const actor = actorOf(c);
    const { user, grants } = await findUserVisibleTo(db, actor, c.req.valid('param').id);
    return c.json(presentUserFor(actor, user, grants), 200);
  });

  app.openapi(setRolesRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { id } = c.req.valid('param');
    await replaceUserRoles(ctx, { id, roles: c.req.valid('json').roles });
    const { user, grants } = await userWithGrants(db, id);
    return c.json(presentUserFor(ctx.actor, user, grants), 200);
  });

  app.openapi(setEmailRoute, async (c) => {
    const ctx = commandContext(c, db);
    const input = { id: c.req.valid('param').id, email: c.req.valid('json').email };
    const { user, grants } = await setUserEmail(ctx, input);
    return c.json(presentUserFor(ctx.actor, user, grants), 200);
  });

  for (const action of ['disable', 'enable'] as const) {
    app.openapi(disableRoute(action), async (c) => {
      const ctx = commandContext(c, db);
      const input = { id: c.req.valid('param').id, disabled: action === 'disable' };
      const { user, grants } = await changeUserDisabled(ctx, input);
      return c.json(presentUserFor(ctx.actor, user, grants), 200);
    });
  }

  app.openapi(resetPasswordRoute, async (c) => {
    const input = { id: c.req.valid('param').id, newPassword: c.req.valid('json').newPassword };
    await resetUserPassword(commandContext(c, db), input);
    return c.json({ ok: true as const }, 200);
  });

  return app;
}
