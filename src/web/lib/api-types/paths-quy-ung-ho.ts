/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsQuyUngHo {
    "/api/v1/allocation-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Các khoản phân bổ người dùng được xem: của quỹ mình đọc được, hoặc phân bổ cho xã (tỉnh) mình — xã thấy khoản tỉnh phân bổ cho mình, tỉnh thấy khoản trung ương phân bổ cho mình, dù không đọc được quỹ cấp trên. Theo trang (mặc định 100, tối đa 500 dòng; `cursor` = `nextCursor` của trang trước; con trỏ sai: 400 nêu `cursor`). */
        get: {
            parameters: {
                query?: {
                    /** @description Tên cũ của `unitId`. */
                    communeId?: string;
                    /** @description `nextCursor` của trang trước; bỏ trống: trang đầu. */
                    cursor?: string;
                    fundId?: string;
                    /** @description Số dòng một trang (mặc định 100, tối đa 500). */
                    limit?: number;
                    /** @description true: chỉ các khoản chưa xác nhận đã nhận. */
                    pending?: "true" | "false";
                    /** @description Chỉ các khoản phân bổ cho đơn vị này. */
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
                        "application/json": {
                            items: components["schemas"]["AllocationLine"][];
                            nextCursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
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
    "/api/v1/allocation-lines/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ban Thường trực xã xác nhận đã nhận khoản phân bổ vào một quỹ của xã (ghi một khoản cấp trên chuyển về). Chỉ một lần: lần thứ hai 409. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Ngày nhận; mặc định hôm nay.
                         */
                        date?: string;
                        /**
                         * Format: uuid
                         * @description Quỹ của chính xã nhận mà khoản tiền được ghi vào.
                         */
                        fundId: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllocationLine"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Invalid"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Quyết định phân bổ từ quỹ của tỉnh cho các xã trực thuộc, hoặc từ quỹ trung ương cho các tỉnh: mỗi đơn vị nhận một phiếu chi (PC) của quỹ ghi tên đơn vị nhận, cùng một giao dịch. Tổng vượt số dư: 409 nêu `lines`; đơn vị nhận sai cấp, không thuộc tỉnh, trùng hoặc không có: 422 nêu `lines.N.unitId` (hoặc `communeId`); không ghi gì. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        decisionRef: string;
                        /** Format: uuid */
                        driveId?: string | null;
                        /** Format: uuid */
                        fundId: string;
                        lines: {
                            amount: number;
                            /**
                             * Format: uuid
                             * @description Tên cũ của `unitId`, vẫn được nhận.
                             */
                            communeId?: string;
                            /**
                             * Format: uuid
                             * @description Đơn vị nhận: một xã của tỉnh (quỹ tỉnh) hoặc một tỉnh (quỹ trung ương).
                             */
                            unitId?: string;
                        }[];
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Đã phân bổ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Allocation"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Invalid"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-rows/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gán dòng sao kê chưa khớp vào một đợt vận động (lập phiếu thu), hoặc bỏ qua kèm lý do: `{driveId}` | `{ignore: true, reason}`. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        donorName?: string;
                        /** Format: uuid */
                        driveId?: string | null;
                        ignore?: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt: components["schemas"]["Donation"] & (Record<string, never> | null);
                            row: components["schemas"]["BankRow"] & {
                                can: {
                                    assign: boolean;
                                };
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Invalid"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Nhập sao kê (.xlsx hoặc .csv, tối đa 100 MB / 500.000 dòng) của một tài khoản của quỹ. Mỗi khoản ghi có thành phiếu thu ngay (đợt theo mã trong nội dung, nếu không: đợt mặc định trong thời gian của đợt, nếu không: quỹ). Một giao dịch là (tài khoản, số tham chiếu, ngày, số tiền): trùng thật thì bỏ qua và nêu dòng bị trùng; dòng không đọc được là lỗi có lý do, các dòng khác vẫn nhập. `rows` = `stored` + `duplicates` + `errors`. Với `Prefer: respond-async`: 202 và một việc chạy nền có tiến độ. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description `respond-async`: trả 202 và một việc chạy nền */
                    Prefer?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        accountId: string;
                        defaultDriveId?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Đã nhập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatementImport"];
                    };
                };
                /** @description Đã nhận (với `Prefer: respond-async`): việc chạy nền; theo dõi tại `Location` (GET /api/v1/jobs/{id}) */
                202: {
                    headers: {
                        /** @description /api/v1/jobs/{id} */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Invalid"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        /** Format: date */
                        date: string;
                        decisionRef: string;
                        /** Format: uuid */
                        driveId?: string | null;
                        /** Format: uuid */
                        fundId: string;
                        purpose: string;
                        recipient: string;
                        /** Format: uuid */
                        reliefProgramId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã ghi */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Disbursement"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Invalid"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        /** Format: date */
                        date: string;
                        donorAddress?: string | null;
                        /** @enum {string} */
                        donorKind: "person" | "household" | "organization" | "business" | "anonymous";
                        /** @default  */
                        donorName?: string;
                        /** Format: uuid */
                        driveId?: string | null;
                        /** Format: uuid */
                        fundId: string;
                        inKindDescription?: string | null;
                        /** @default 0 */
                        inKindValue?: number;
                        /**
                         * @default cash
                         * @enum {string}
                         */
                        method?: "cash" | "bank_transfer";
                        note?: string | null;
                        /** Format: uuid */
                        organizationId?: string | null;
                        /** @description Bắt buộc khi ngày phiếu thu nằm ngoài thời gian của đợt vận động. */
                        outOfPeriodReason?: string;
                        /** Format: uuid */
                        pledgeId?: string | null;
                        /**
                         * @description Người ủng hộ chọn hiện là "Nhà hảo tâm" khi công khai (mặc định: hiện tên).
                         * @default false
                         */
                        publicAnonymous?: boolean;
                        /** Format: uuid */
                        unitId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã ghi */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Invalid"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donations/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Invalid"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
