/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsHoiNghi {
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Hội nghị của các xã trong phạm vi, mới nhất trước; lọc theo xã, loại, trạng thái, khoảng ngày. */
        get: {
            parameters: {
                query?: {
                    communeId?: string;
                    from?: string;
                    status?: "planned" | "held" | "cancelled";
                    to?: string;
                    type?: "half_year_review" | "year_review" | "voter_contact" | "consultation" | "other";
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
                            items: components["schemas"]["MeetingListItem"][];
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
        /** @description Lập hội nghị: loại, tên, ngày, giờ, địa điểm, chủ trì, thư ký, chương trình, đại biểu (gõ tên hoặc chọn người dùng, tổ chức). Ban Thường trực xã lập mọi hội nghị; trưởng ban CTMT thôn lập hội nghị tiếp xúc cử tri tại thôn mình. */
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
                        agenda?: string[];
                        chair?: string | null;
                        chairTitle?: string | null;
                        /** Format: uuid */
                        communeId: string;
                        conclusions?: string[];
                        /** Format: date */
                        date: string;
                        delegates?: {
                            attended?: boolean | null;
                            /** Format: uuid */
                            id?: string;
                            name?: string | null;
                            organization?: string | null;
                            /** Format: uuid */
                            organizationId?: string | null;
                            title?: string | null;
                            /** Format: uuid */
                            userId?: string | null;
                        }[];
                        expectedCount?: number | null;
                        minutes?: string | null;
                        place?: string | null;
                        presentCount?: number | null;
                        secretary?: string | null;
                        startTime?: string | null;
                        /** @enum {string} */
                        status?: "planned" | "held";
                        title: string;
                        /** @enum {string} */
                        type: "half_year_review" | "year_review" | "voter_contact" | "consultation" | "other";
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
                        "application/json": components["schemas"]["MeetingDetail"];
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
    "/api/v1/meetings/{id}": {
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
                        "application/json": components["schemas"]["MeetingDetail"];
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
        /** @description Sửa hội nghị; trạng thái planned → held (đã tổ chức) hoặc cancelled (hủy), không quay lại (409). Sau khi phát hành giấy mời, các thông tin in trên giấy mời không đổi được; sau khi phát hành biên bản, hội nghị không sửa được (409). */
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
                        agenda?: string[];
                        chair?: string | null;
                        chairTitle?: string | null;
                        /** Format: date */
                        date?: string;
                        delegates?: {
                            attended?: boolean | null;
                            /** Format: uuid */
                            id?: string;
                            name?: string | null;
                            organization?: string | null;
                            /** Format: uuid */
                            organizationId?: string | null;
                            title?: string | null;
                            /** Format: uuid */
                            userId?: string | null;
                        }[];
                        expectedCount?: number | null;
                        minutes?: string | null;
                        place?: string | null;
                        presentCount?: number | null;
                        secretary?: string | null;
                        startTime?: string | null;
                        /** @enum {string} */
                        status?: "planned" | "held" | "cancelled";
                        title?: string;
                        /** @enum {string} */
                        type?: "half_year_review" | "year_review" | "voter_contact" | "consultation" | "other";
                        /** Format: uuid */
                        villageId?: string | null;
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
                        "application/json": components["schemas"]["MeetingDetail"];
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
    "/api/v1/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Điểm danh: các đại biểu có mặt (mọi đại biểu khác vắng); số người có mặt của hội nghị đông người (cử tri). */
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
                        attended: string[];
                        presentCount?: number | null;
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
                        "application/json": components["schemas"]["MeetingDetail"];
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
    "/api/v1/meetings/{id}/conclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Thay danh sách kết luận (theo thứ tự). Kết luận có `id` giữ nguyên (và nhiệm vụ đã giao); kết luận đã thành nhiệm vụ không bỏ được (409). */
        put: {
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
                        conclusions: {
                            /** Format: uuid */
                            id?: string;
                            text: string;
                        }[];
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
                        "application/json": components["schemas"]["MeetingDetail"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/conclusions/{conclusionId}/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Kết luận thành nhiệm vụ: tạo một nhiệm vụ của cuộc vận động (cùng xã) giao cho một tổ chức thành viên, có hạn. Mỗi kết luận một nhiệm vụ (lần thứ hai 409). Chỉ khi hội nghị đã tổ chức. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conclusionId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        campaignId: string;
                        /** Format: date */
                        deadline?: string | null;
                        /** Format: uuid */
                        ownerOrganizationId: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Đã giao */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conclusion: components["schemas"]["MeetingConclusion"] & (Record<string, never> | null);
                            task: {
                                campaignId: string;
                                communeId: string;
                                createdAt: string;
                                deadline: string | null;
                                evidence: string;
                                id: string;
                                ownerOrganizationId: string | null;
                                ownerOrganizationName: string | null;
                                selfAssigned: boolean;
                                status: string;
                                title: string;
                                updatedAt: string;
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
    "/api/v1/meetings/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Phát hành giấy mời: lấy số tiếp theo của sổ văn bản đi (GM) cho năm của ngày giấy mời. Mỗi hội nghị một lần; lần thứ hai 409 (nêu số đã cấp). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        signer?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã cấp số */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            documentId: string;
                            /** @enum {string} */
                            kind: "invitation" | "minutes";
                            number: string;
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
    "/api/v1/meetings/{id}/minutes-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Phát hành biên bản (BB) khi hội nghị đã tổ chức; sau đó hội nghị không sửa được. Mỗi hội nghị một lần; lần thứ hai 409. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        signer?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã cấp số */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            documentId: string;
                            /** @enum {string} */
                            kind: "invitation" | "minutes";
                            number: string;
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
}
