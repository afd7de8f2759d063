/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsKienNghiCuTri {
    "/api/v1/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Danh sách kiến nghị trong phạm vi: lọc theo trạng thái, lĩnh vực, cơ quan, thôn, hội nghị, quá hạn (overdue=true), từ khóa (không dấu cũng được); phân trang. */
        get: {
            parameters: {
                query?: {
                    agency?: "ubnd_xa" | "hdnd_xa" | "dang_uy_xa" | "district" | "province" | "central" | "other";
                    communeId?: string;
                    field?: "land" | "infrastructure" | "social_policy" | "environment" | "security" | "health_education" | "economy" | "administration" | "other";
                    meetingId?: string;
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "received" | "forwarded" | "answered" | "closed";
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
                            items: {
                                /** @enum {string} */
                                agency: "ubnd_xa" | "hdnd_xa" | "dang_uy_xa" | "district" | "province" | "central" | "other";
                                agencyLabel: string;
                                agencyName: string | null;
                                agencyText: string;
                                answer: string | null;
                                answerDocument: string | null;
                                answeredAt: string | null;
                                answerPublic: boolean;
                                closedAt: string | null;
                                closedMeetingId: string | null;
                                closedMeetingTitle: string | null;
                                code: string;
                                communeId: string;
                                content: string;
                                createdAt: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                field: "land" | "infrastructure" | "social_policy" | "environment" | "security" | "health_education" | "economy" | "administration" | "other";
                                fieldLabel: string;
                                forwardDocument: string | null;
                                forwardedAt: string | null;
                                hasSubmitter: boolean;
                                id: string;
                                meetingId: string | null;
                                meetingTitle: string | null;
                                /** @enum {string|null} */
                                nextStatus: "received" | "forwarded" | "answered" | "closed" | null;
                                overdue: boolean;
                                receivedAt: string;
                                /** @enum {string} */
                                source: "meeting" | "portal" | "staff";
                                sourceLabel: string;
                                /** @enum {string} */
                                status: "received" | "forwarded" | "answered" | "closed";
                                statusLabel: string;
                                submitterAddress: string | null;
                                submitterContact: string | null;
                                submitterName: string | null;
                                updatedAt: string;
                                villageId: string | null;
                                villageName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
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
        /** @description Ghi một ý kiến, kiến nghị của cử tri: nội dung, lĩnh vực, cơ quan trả lời; tùy chọn hội nghị tiếp xúc cử tri (nguồn "meeting"), thôn, hạn trả lời, người gửi. Ban Thường trực ghi cho cả xã, trưởng ban công tác Mặt trận ghi cho thôn mình. Trả về mã tra cứu (KN-XXXXXX). */
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
                        /** @enum {string} */
                        agency: "ubnd_xa" | "hdnd_xa" | "dang_uy_xa" | "district" | "province" | "central" | "other";
                        agencyName?: string | null;
                        /** Format: uuid */
                        communeId: string;
                        content: string;
                        /** Format: date */
                        dueDate?: string | null;
                        /** @enum {string} */
                        field: "land" | "infrastructure" | "social_policy" | "environment" | "security" | "health_education" | "economy" | "administration" | "other";
                        /** Format: uuid */
                        meetingId?: string | null;
                        /** Format: date */
                        receivedAt?: string;
                        submitterAddress?: string | null;
                        submitterContact?: string | null;
                        submitterName?: string | null;
                        /** Format: uuid */
                        villageId?: string | null;
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
                        "application/json": components["schemas"]["PetitionDetail"];
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
    "/api/v1/petitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Một kiến nghị với lịch sử từng bước (ngày, người thực hiện, ghi chú, văn bản, hội nghị). */
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
                        "application/json": components["schemas"]["PetitionDetail"];
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
    "/api/v1/petitions/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Chuyển bước theo đúng thứ tự: received → forwarded (văn bản chuyển, hạn trả lời) → answered (bắt buộc nội dung trả lời; văn bản trả lời) → closed (hội nghị đã thông tin lại cho cử tri). Sai thứ tự: 409, không ghi gì. */
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
                        answer?: string | null;
                        answerPublic?: boolean;
                        /** Format: date */
                        date?: string;
                        document?: string | null;
                        /** Format: date */
                        dueDate?: string | null;
                        /** Format: uuid */
                        meetingId?: string | null;
                        note?: string | null;
                        /** @enum {string} */
                        to: "forwarded" | "answered" | "closed";
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
                        "application/json": components["schemas"]["PetitionDetail"];
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
    "/api/v1/petitions/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Thôn mà người dùng được ghi kiến nghị và các hội nghị của xã (cho biểu mẫu). */
        get: {
            parameters: {
                query: {
                    communeId: string;
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
                            canCreate: boolean;
                            canManage: boolean;
                            meetings: {
                                date: string;
                                id: string;
                                title: string;
                                type: string;
                            }[];
                            villages: {
                                canCreate: boolean;
                                id: string;
                                name: string;
                            }[];
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
    "/api/v1/petitions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Số kiến nghị tiếp nhận trong kỳ của một xã (trong phạm vi người xem): theo trạng thái, lĩnh vực, cơ quan; số đã trả lời, quá hạn. */
        get: {
            parameters: {
                query: {
                    communeId: string;
                    from?: string;
                    session?: string;
                    title?: string;
                    to?: string;
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
                            answered: number;
                            asOf: string;
                            byAgency: {
                                /** @enum {string} */
                                agency: "ubnd_xa" | "hdnd_xa" | "dang_uy_xa" | "district" | "province" | "central" | "other";
                                answered: number;
                                label: string;
                                overdue: number;
                                received: number;
                            }[];
                            byField: {
                                answered: number;
                                /** @enum {string} */
                                field: "land" | "infrastructure" | "social_policy" | "environment" | "security" | "health_education" | "economy" | "administration" | "other";
                                label: string;
                                overdue: number;
                                received: number;
                            }[];
                            bySource: {
                                meeting: number;
                                portal: number;
                                staff: number;
                            };
                            byStatus: {
                                answered?: number;
                                closed?: number;
                                forwarded?: number;
                                received?: number;
                            };
                            closed: number;
                            communeId: string;
                            forwarded: number;
                            from: string;
                            overdue: number;
                            received: number;
                            to: string;
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
    "/api/v1/petitions/synthesis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ban hành báo cáo tổng hợp ý kiến, kiến nghị cử tri: lấy số BC trong sổ văn bản đi và lưu văn bản đúng như khi ban hành (tải lại tại /api/v1/outgoing-documents/{id}/document.docx). */
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
                        /** Format: date */
                        from?: string;
                        session?: string;
                        title?: string;
                        /** Format: date */
                        to?: string;
                    } & {
                        /** Format: date */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Đã ban hành */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            documentId: string;
                            docx: string;
                            number: string;
                            pdf: string;
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
