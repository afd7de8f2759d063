/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsToChucBoMay {
    "/api/v1/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Ủy ban MTTQ, Ban Thường trực, Ban công tác Mặt trận các thôn, Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng của một xã (hoặc của một thôn), nhiệm kỳ đang hoạt động; `includeEnded=true` kèm các nhiệm kỳ trước. */
        get: {
            parameters: {
                query: {
                    includeEnded?: "true" | "false";
                    kind?: "committee" | "standing" | "village_board" | "people_inspection" | "investment_supervision";
                    unitId: string;
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
                            items: components["schemas"]["Body"][];
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
        /** @description Lập một ban với danh sách được bầu. 409 khi đơn vị đã có ban cùng loại đang hoạt động (cùng công trình với Ban Giám sát đầu tư). Ban Thanh tra nhân dân ít nhất 5 thành viên; Ban Giám sát đầu tư tối đa 5, tối đa 2 Phó Trưởng ban. */
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
                        electedMeetingId?: string;
                        /** Format: date */
                        electedOn?: string;
                        /** @enum {string} */
                        kind: "committee" | "standing" | "village_board" | "people_inspection" | "investment_supervision";
                        /** @default [] */
                        members?: {
                            /** Format: date */
                            fromDate?: string;
                            fullName: string;
                            /** Format: uuid */
                            organizationId?: string;
                            /** Format: uuid */
                            personId?: string;
                            /** @enum {string} */
                            position: "chair" | "vice_chair" | "standing_member" | "head" | "deputy_head" | "member";
                            title?: string;
                            /** Format: uuid */
                            villageId?: string;
                        }[];
                        name?: string;
                        project?: string;
                        termFrom: number;
                        termTo: number;
                        /** Format: uuid */
                        unitId: string;
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
                        "application/json": components["schemas"]["Body"];
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
    "/api/v1/bodies/{id}": {
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
                        "application/json": components["schemas"]["Body"] & {
                            sessions: components["schemas"]["BodySession"][];
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
    "/api/v1/bodies/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Bầu bổ sung. */
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
                        fromDate?: string;
                        fullName: string;
                        /** Format: uuid */
                        organizationId?: string;
                        /** Format: uuid */
                        personId?: string;
                        /** @enum {string} */
                        position: "chair" | "vice_chair" | "standing_member" | "head" | "deputy_head" | "member";
                        title?: string;
                        /** Format: uuid */
                        villageId?: string;
                    };
                };
            };
            responses: {
                /** @description Đã thêm thành viên */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodySeat"];
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
    "/api/v1/bodies/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Kỳ họp và điểm danh. */
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
                        attendance: {
                            /** Format: uuid */
                            memberId: string;
                            present: boolean;
                            reason?: string;
                        }[];
                        /** Format: date */
                        heldOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Đã ghi kỳ họp */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodySession"];
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
    "/api/v1/bodies/{id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Nhiệm kỳ mới: nhiệm kỳ hiện tại kết thúc trước ngày bầu, danh sách cũ vẫn xem được. */
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
                        electedMeetingId?: string;
                        /** Format: date */
                        electedOn: string;
                        /** @default [] */
                        members?: {
                            /** Format: date */
                            fromDate?: string;
                            fullName: string;
                            /** Format: uuid */
                            organizationId?: string;
                            /** Format: uuid */
                            personId?: string;
                            /** @enum {string} */
                            position: "chair" | "vice_chair" | "standing_member" | "head" | "deputy_head" | "member";
                            title?: string;
                            /** Format: uuid */
                            villageId?: string;
                        }[];
                        termFrom: number;
                        termTo: number;
                    };
                };
            };
            responses: {
                /** @description Đã bầu nhiệm kỳ mới */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Body"];
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
    "/api/v1/body-members/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Thành viên thôi tham gia ban. */
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
                        /** Format: date */
                        untilDate: string;
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
                        "application/json": components["schemas"]["BodySeat"];
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
    "/api/v1/front-structure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Sơ đồ tổ chức Mặt trận xã: Ủy ban, Ban Thường trực, các tổ chức thành viên với người đứng đầu, số chi hội và hội viên, các thôn với Ban công tác Mặt trận và chi hội, các ban do Mặt trận hướng dẫn. */
        get: {
            parameters: {
                query: {
                    asOf?: string;
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
                        "application/json": components["schemas"]["FrontStructure"];
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
