/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsCongKhai {
    "/api/v1/public/drives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Không cần đăng nhập: các đợt vận động được công khai của mọi cấp (trung ương, tỉnh, xã), mới nhất trước, theo trang (mặc định 20, tối đa 100; `cursor` = `nextCursor` của trang trước; con trỏ sai: 400 nêu `cursor`). */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor của trang trước; bỏ trống: trang đầu. */
                    cursor?: string;
                    /** @description Chỉ các đợt của quỹ cấp này. */
                    level?: "national" | "province" | "commune";
                    /** @description Số đợt một trang (mặc định 20, tối đa 100). */
                    limit?: number;
                    /** @description Chỉ các đợt của quỹ đơn vị này. */
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicDrivesPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                422: components["responses"]["Invalid"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/drives/{id}/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Không cần đăng nhập: một trang (50 lượt, mới nhất trước) danh sách ủng hộ của một đợt vận động, tìm theo mã giao dịch, tên, số tiền hoặc ngày; tổng theo ngày và theo ngân hàng, số dư theo ngày và một trang các khoản chi. */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor hoặc prevCursor của trang trước; bỏ trống: trang đầu. */
                    cursor?: string;
                    date?: string;
                    outCursor?: string;
                    /** @description Tìm trong các khoản chi. */
                    outQ?: string;
                    /** @description Mã giao dịch (hoặc các số cuối), tên người ủng hộ (không dấu, thứ tự tùy ý), số tiền (100000, 100.000, 100k) hoặc ngày (dd/mm). */
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicDisclosure"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/drives/{id}/money-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Không cần đăng nhập: một trang các khoản chi (phiếu chi, phân bổ) và chuyển lên cấp trên của đợt, tìm theo số quyết định, người nhận, số tiền hoặc ngày. */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description Mã giao dịch (hoặc các số cuối), tên người ủng hộ (không dấu, thứ tự tùy ý), số tiền (100000, 100.000, 100k) hoặc ngày (dd/mm). */
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicMoneyOutPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/funds/{id}/goods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Không cần đăng nhập: hàng hóa hiện vật quỹ đã nhận (người ủng hộ như công khai) và đã xuất (nơi nhận, số quyết định), theo trang, mới nhất trước (`cursor` = `nextCursor` của trang trước). `totals` tính trên mọi dòng. */
        get: {
            parameters: {
                query?: {
                    /** @description `nextCursor` của trang trước; bỏ trống: trang đầu. */
                    cursor?: string;
                    /** @description Số dòng một trang (mặc định 50, tối đa 100). */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicGoods"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                422: components["responses"]["Invalid"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
