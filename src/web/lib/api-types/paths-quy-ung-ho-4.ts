/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface PathsQuyUngHo4 {
    "/api/v1/funds/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Đối chiếu sao kê ngân hàng với phiếu thu chuyển khoản trong kỳ: dòng chưa khớp, phiếu thu chuyển khoản chưa có dòng sao kê, chênh lệch. */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                        "application/json": {
                            bankRows: number;
                            bankTotal: number;
                            counts: {
                                ignored: number;
                                receiptsWithoutBankRow: number;
                                unmatched: number;
                                voidedReceipts: number;
                            };
                            difference: number;
                            explained: {
                                ignored: number;
                                receiptsWithoutBankRow: number;
                                unmatched: number;
                                voidedReceipts: number;
                            };
                            from: string;
                            fundId: string;
                            ignoredRows: components["schemas"]["BankRow"][];
                            receiptsByTransferTotal: number;
                            receiptsWithoutBankRow: {
                                amount: number;
                                date: string;
                                donorName: string;
                                driveId: string | null;
                                id: string;
                                receiptNo: string;
                            }[];
                            rowsWithVoidedReceipt: components["schemas"]["BankRow"][];
                            to: string;
                            /** @description Tối đa 100 dòng đầu; số dòng đủ ở `counts`. */
                            unmatchedRows: components["schemas"]["BankRow"][];
                            withoutDrive: {
                                amount: number;
                                count: number;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    fundId: string;
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
                                amount: number;
                                date: string;
                                /** @enum {string} */
                                donorKind: "person" | "household" | "organization" | "business" | "anonymous";
                                donorName: string;
                                fulfilled: number;
                                id: string;
                                outstanding: number;
                            }[];
                            outstanding: number;
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
                        /** @enum {string} */
                        donorKind: "person" | "household" | "organization" | "business" | "anonymous";
                        /** @default  */
                        donorName?: string;
                        /** Format: uuid */
                        driveId?: string | null;
                        /** Format: uuid */
                        fundId: string;
                        note?: string | null;
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
                        "application/json": {
                            amount: number;
                            date: string;
                            donorName: string;
                            fundId: string;
                            id: string;
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
    "/api/v1/transfers": {
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
                        counterparty: string;
                        /** Format: date */
                        date: string;
                        /** @enum {string} */
                        direction: "up" | "down";
                        documentRef?: string | null;
                        /** Format: uuid */
                        fundId: string;
                        note?: string | null;
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
                        "application/json": {
                            amount: number;
                            counterparty: string;
                            date: string;
                            /** @enum {string} */
                            direction: "up" | "down";
                            fundId: string;
                            id: string;
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
