/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsGiamSatPhanBienXaHoi2 {
    "/api/v1/supervisions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Số liệu cho báo cáo sơ kết, tổng kết: số cuộc giám sát, phản biện theo loại và trạng thái; kiến nghị đã nêu, đã được trả lời, quá hạn; danh sách để trích dẫn. Mặc định cả năm hiện tại. */
        get: {
            parameters: {
                query: {
                    communeId: string;
                    from?: string;
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
                            communeId: string;
                            from: string;
                            items: {
                                answered: number;
                                endDate: string;
                                id: string;
                                /** @enum {string} */
                                kind: "supervision" | "social_criticism";
                                recommendations: number;
                                startDate: string;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "concluded";
                                subject: string;
                                target: string | null;
                            }[];
                            recommendations: {
                                answered: number;
                                issued: number;
                                overdue: number;
                            };
                            socialCriticism: {
                                concluded: number;
                                held: number;
                                in_progress: number;
                                planned: number;
                            };
                            supervision: {
                                concluded: number;
                                held: number;
                                in_progress: number;
                                planned: number;
                            };
                            text: string;
                            to: string;
                        };
                    };
                };
                /** @description Nội dung yêu cầu không đọc được (JSON sai) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Chưa đăng nhập */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Không có quyền */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Không tìm thấy hoặc ngoài phạm vi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Xung đột */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Dữ liệu không hợp lệ; `fields` nêu trường sai */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
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
