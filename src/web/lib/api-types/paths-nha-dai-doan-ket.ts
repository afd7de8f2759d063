/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsNhaDaiDoanKet {
    "/api/v1/housing-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Hồ sơ nhà Đại đoàn kết trong phạm vi: Ban Thường trực cả xã, trưởng thôn thôn mình, cấp tỉnh các xã trực thuộc (chỉ xem). Lọc theo bước, hình thức, thôn; `q` tìm theo họ tên chủ hộ không phân biệt dấu; có đếm theo bước và hình thức. */
        get: {
            parameters: {
                query?: {
                    communeId?: string;
                    kind?: "new_build" | "repair";
                    limit?: number;
                    offset?: number | null;
                    q?: string;
                    stage?: "surveyed" | "approved" | "building" | "handed_over" | "paused";
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
                            byKind: {
                                [key: string]: number;
                            };
                            byStage: {
                                [key: string]: number;
                            };
                            /** @description May the caller open a case in the commune. */
                            can: {
                                propose: boolean;
                            };
                            items: components["schemas"]["HousingCase"][];
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
        /** @description Lập hồ sơ một căn nhà (bước đã khảo sát): hộ trong danh sách hộ (householdId) hoặc họ tên chủ hộ và thôn; hình thức xây mới hoặc sửa chữa. Trưởng thôn lập cho thôn mình. */
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
                        communeId: string;
                        description?: string | null;
                        headName?: string | null;
                        /** Format: uuid */
                        householdId?: string | null;
                        /** @enum {string} */
                        kind: "new_build" | "repair";
                        note?: string | null;
                        participants?: string[];
                        requiredAmount?: number | null;
                        /** Format: date */
                        surveyedOn: string;
                        /** Format: uuid */
                        villageId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã lập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HousingCaseDetail"];
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
    "/api/v1/housing-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                        "application/json": components["schemas"]["HousingCaseDetail"];
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
        /** @description Sửa hồ sơ (trước khi bàn giao). Hồ sơ đã phê duyệt phải giữ tổng kinh phí cần. */
        patch: {
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
                        description?: string | null;
                        headName?: string;
                        /** @enum {string} */
                        kind?: "new_build" | "repair";
                        note?: string | null;
                        participants?: string[];
                        requiredAmount?: number | null;
                        /** Format: date */
                        surveyedOn?: string;
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
                        "application/json": components["schemas"]["HousingCaseDetail"];
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
        trace?: never;
    };
    "/api/v1/housing-cases/{id}/fundings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ghi một nguồn kinh phí: quỹ (có thể kèm quỹ fundId và phiếu chi disbursementId của xã), ngân sách, nhà tài trợ (donorName), hộ đối ứng. */
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
                        amount: number;
                        /** Format: uuid */
                        disbursementId?: string | null;
                        donorName?: string | null;
                        /** Format: uuid */
                        fundId?: string | null;
                        note?: string | null;
                        /** @enum {string} */
                        source: "fund" | "budget" | "donor" | "household";
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
                        "application/json": components["schemas"]["HousingFunding"];
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
    "/api/v1/housing-cases/{id}/fundings/{fundingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Xóa một nguồn kinh phí ghi nhầm (trước khi bàn giao). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fundingId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xóa */
                204: {
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Chuyển bước: approve (phê duyệt, cần tổng kinh phí requiredAmount), start (khởi công), hand_over (bàn giao, các nguồn kinh phí phải đủ tổng kinh phí cần), pause (tạm dừng, cần lý do), resume (tiếp tục). 409 nếu bước không đúng thứ tự. */
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
                        date: string;
                        /** @enum {string} */
                        move: "approve" | "start" | "hand_over" | "pause" | "resume";
                        reason?: string | null;
                        requiredAmount?: number | null;
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
                        "application/json": components["schemas"]["HousingCaseDetail"];
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
