/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsHoiVien2 {
    "/api/v1/membership-transfers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Bên nhận tiếp nhận. Từ xã khác: chọn chi hội (`branchId`) và thôn (`villageId`, mặc định thôn của chi hội); hội viên thôi ở xã cũ và sinh hoạt ở xã mới từ ngày chuyển (không tính là kết nạp mới). */
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
                        /** Format: uuid */
                        branchId?: string;
                        /** Format: uuid */
                        villageId?: string;
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
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "refused";
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
    "/api/v1/membership-transfers/{id}/refuse": {
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
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "refused";
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
    "/api/v1/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Hội viên trong phạm vi: trưởng thôn thôn mình, trưởng tổ chức tổ chức mình, Ban Thường trực cả xã. `q` tìm theo họ tên không phân biệt dấu. */
        get: {
            parameters: {
                query?: {
                    branchId?: string;
                    communeId?: string;
                    limit?: number;
                    offset?: number | null;
                    organizationId?: string;
                    q?: string;
                    status?: "active" | "left" | "all";
                    villageId?: string;
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
                            items: components["schemas"]["Membership"][];
                            limit: number;
                            offset: number;
                            total: number;
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
        /** @description Kết nạp: 409 khi người này đang là hội viên của tổ chức đó. */
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
                        /** Format: uuid */
                        branchId?: string;
                        cardNo?: string;
                        duesCategory?: string;
                        /** Format: date */
                        joinedOn: string;
                        /** Format: uuid */
                        organizationId: string;
                        /** Format: uuid */
                        personId: string;
                    };
                };
            };
            responses: {
                /** @description Đã kết nạp */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
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
    "/api/v1/memberships/{id}/leave": {
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
                        /** Format: date */
                        leftOn: string;
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
                        "application/json": components["schemas"]["Membership"];
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
    "/api/v1/memberships/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Đề nghị chuyển sinh hoạt: sang chi hội khác trong xã (`toBranchId`) hoặc sang xã khác (`toCommuneId`, hoặc `toCommuneCode`: mã 5 chữ số theo danh mục, khi không xem được xã đó). Chưa thay đổi gì cho đến khi bên nhận tiếp nhận. 409 khi đã có đề nghị đang chờ. */
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
                        note?: string;
                        /** Format: date */
                        on: string;
                        /** Format: uuid */
                        toBranchId?: string;
                        toCommuneCode?: string;
                        /** Format: uuid */
                        toCommuneId?: string;
                    };
                };
            };
            responses: {
                /** @description Đã gửi đề nghị */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "refused";
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
    "/api/v1/memberships/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Danh sách hội viên trong phạm vi ra Excel, cùng bộ lọc như /memberships (tối đa 50.000 dòng), các cột của tệp mẫu nhập rồi Tổ chức, Ngày ra, Lý do ra. Dữ liệu cá nhân: việc xuất được ghi nhật ký. */
        get: {
            parameters: {
                query?: {
                    branchId?: string;
                    communeId?: string;
                    organizationId?: string;
                    q?: string;
                    status?: "active" | "left" | "all";
                    villageId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/memberships/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Nhập danh sách hội viên của một tổ chức từ .xlsx hoặc .csv (tối đa 10 MB, 20.000 dòng): cột Họ tên, Năm sinh, Giới tính, Thôn/tổ dân phố, Chi hội, Ngày vào, Số thẻ, Loại (đóng phí), Điện thoại. Người đã có trong danh sách của xã (cùng họ tên không dấu, năm sinh và thôn) được nối, không tạo lại; `dryRun=true` chỉ kiểm tra và liệt kê những người đó để xác nhận. Thôn, chi hội sai, trùng dòng, người đang là hội viên: 422 với `errors` theo dòng; không ghi gì. Với `Prefer: respond-async`: 202 và một việc chạy nền (`Location`), kết quả như trên. */
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
                        /** @enum {string} */
                        dryRun?: "true" | "false";
                        /** Format: binary */
                        file: string;
                        organizationId: string;
                    };
                };
            };
            responses: {
                /** @description Đã nhập (hoặc kết quả kiểm tra khi dryRun) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            matchedPeople: {
                                birthYear: number | null;
                                fullName: string;
                                row: number;
                                village: string;
                            }[];
                            newPeople: number;
                            rows: number;
                        };
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
                /** @description Tệp hoặc dòng sai; chưa nhập gì */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                fields: {
                                    [key: string]: string;
                                };
                                message: string;
                            };
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memberships/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Tệp mẫu danh sách hội viên. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
}
