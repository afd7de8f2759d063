/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { Schemas1 } from './schemas-1';
import type { Schemas2 } from './schemas-2';
import type { Schemas3 } from './schemas-3';
import type { Schemas4 } from './schemas-4';
import type { Schemas5 } from './schemas-5';

export interface components {
    schemas: Schemas1 & Schemas2 & Schemas3 & Schemas4 & Schemas5;
    responses: {
        /** @description Nội dung yêu cầu không đọc được (JSON sai) */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Xung đột */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Không có quyền */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Dữ liệu không hợp lệ; `fields` nêu trường sai */
        Invalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Không tìm thấy hoặc ngoài phạm vi */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Chưa đăng nhập */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
