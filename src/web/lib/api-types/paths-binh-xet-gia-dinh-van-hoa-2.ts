/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsBinhXetGiaDinhVanHoa2 {
    "/api/v1/evaluation-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Đăng ký xây dựng "Gia đình văn hóa" đầu năm: các hộ householdIds của thôn (bỏ trống: mọi hộ của thôn). Mỗi hộ đăng ký một lần mỗi năm; hộ đã đăng ký được đếm ở `already`. Trưởng ban công tác Mặt trận thôn hoặc Ban Thường trực xã. */
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
                        /** @description Các hộ của thôn đăng ký; bỏ trống: mọi hộ của thôn. */
                        householdIds?: string[];
                        /** Format: date */
                        registeredOn: string;
                        /** Format: uuid */
                        villageId: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Đã đăng ký */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            already: number;
                            registered: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Một thôn trong một năm: các hộ đã đăng ký với kết quả bình xét, và hội nghị bình xét nếu đã họp. */
        get: {
            parameters: {
                query: {
                    villageId: string;
                    year: number;
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
                        "application/json": components["schemas"]["EvaluationVillageYear"];
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
