/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface Schemas4 {
    PublicGoods: {
        /** @description Các dòng hàng xuất của trang này. */
        issued: {
            date: string;
            decisionRef: string;
            item: string;
            number: string;
            quantity: number;
            recipient: string;
            unit: string;
            value: number;
        }[];
        /** @description Một trang các dòng hàng nhận và xuất, mới nhất trước. */
        items: ({
            date: string;
            donor: string;
            item: string;
            /** @enum {string} */
            kind: "receipt";
            number: string;
            quantity: number;
            unit: string;
            value: number;
        } | {
            date: string;
            decisionRef: string;
            item: string;
            /** @enum {string} */
            kind: "issue";
            number: string;
            quantity: number;
            recipient: string;
            unit: string;
            value: number;
        })[];
        nextCursor: string | null;
        /** @description Các dòng hàng nhận của trang này. */
        received: {
            date: string;
            donor: string;
            item: string;
            number: string;
            quantity: number;
            unit: string;
            value: number;
        }[];
        /** @description Tính trên mọi dòng của quỹ, không riêng trang này. */
        totals: {
            valueIssued: number;
            valueReceived: number;
        };
    };
    PublicMoneyOutPage: {
        items: {
            amount: number;
            date: string;
            decisionRef: string | null;
            /** @enum {string} */
            kind: "payout" | "transfer_up";
            payoutNo: string | null;
            purpose: string;
            recipient: string;
        }[];
        nextCursor: string | null;
        prevCursor: string | null;
    };
    ReattributionResult: {
        applied: boolean;
        rules: {
            amount: number;
            rows: number;
        }[];
        total: {
            amount: number;
            rows: number;
        };
    };
    RegisterEntry: {
        can: {
            download: boolean;
        };
        createdAt: string;
        date: string;
        hasDocument: boolean;
        id: string;
        issuerId: string;
        number: string;
        recipients: string[];
        seq: number;
        signer: string | null;
        sourceId: string | null;
        /** @enum {string} */
        sourceKind: "manual" | "meeting_invitation" | "meeting_minutes" | "report" | "petition_synthesis" | "consultation_synthesis" | "supervision" | "drive_disclosure" | "evaluation_list" | "festival_report";
        summary: string;
        /** @enum {string} */
        typeCode: "BC" | "KH" | "TB" | "GM" | "BB" | "QĐ" | "CV" | "TTr" | "CT";
        typeName: string;
        year: number;
    };
    RegisterList: {
        can: {
            record: boolean;
        };
        items: components["schemas"]["RegisterEntry"][];
    };
    ReliefProgram: {
        can: components["schemas"]["ReliefProgramCan"];
        communeId: string;
        createdAt: string;
        date: string;
        households?: number;
        id: string;
        name: string;
        note: string | null;
        partner: string | null;
        targetCategories: string[];
        value?: number;
    };
    /** @description What the caller may do with the programme. */
    ReliefProgramCan: {
        addSupport: boolean;
        manage: boolean;
        payFromFund: boolean;
    };
    ReliefSummary: {
        byCategory: {
            category: string;
            count: number;
            households: number;
            value: number;
        }[];
        byKind: {
            count: number;
            households: number;
            kind: string;
            value: number;
        }[];
        bySource: {
            count: number;
            fundId: string | null;
            households: number;
            name: string;
            source: string;
            value: number;
        }[];
        byVillage: {
            count: number;
            households: number;
            name: string;
            value: number;
            villageId: string;
        }[];
        count: number;
        handedOver: number;
        households: number;
        programId: string;
        text: string;
        value: number;
    };
    ReliefSupport: {
        /** @description What the caller may do with the gift. */
        can: {
            handOver: boolean;
        };
        categories?: string[];
        createdAt: string;
        description: string | null;
        disbursementId: string | null;
        donorName: string | null;
        fundId: string | null;
        fundName: string | null;
        handedOverAt: string | null;
        handedOverBy: string | null;
        headName?: string;
        householdId: string;
        id: string;
        /** @enum {string} */
        kind: "cash" | "goods" | "house" | "scholarship";
        overrideReason: string | null;
        payoutNo: string | null;
        programId: string;
        /** @enum {string} */
        sourceKind: "fund" | "donor" | "other";
        value: number;
        valueInWords: string;
        villageId?: string;
        villageName?: string;
    };
    Report: {
        can: components["schemas"]["ReportCan"];
        createdAt: string | null;
        from: string;
        id: string;
        issuedAt: string | null;
        issuedDate: string | null;
        meetingId: string | null;
        number: string | null;
        /** @enum {string} */
        status: "draft" | "issued";
        submittedAt: string | null;
        title: string;
        to: string;
        /** @enum {string} */
        type: "half_year" | "year" | "custom";
        unitId: string;
        unitKind: string;
        unitName: string;
        updatedAt: string | null;
    };
    ReportCan: {
        edit: boolean;
        issue: boolean;
        submit: boolean;
    };
    ReportForm: {
        can: {
            edit: boolean;
            fill: boolean;
        };
        currentPeriod: string;
        dueDays: number;
        fields: components["schemas"]["ReportFormField"][];
        fillers: ("commune" | "village" | "organization")[];
        id: string;
        ownerName: string;
        ownerUnitId: string;
        /** @enum {string} */
        periodKind: "week" | "month" | "quarter" | "half_year" | "year";
        title: string;
        validFrom: string;
        version: number;
    };
    ReportFormField: {
        choices?: string[];
        columns?: {
            key: string;
            label: string;
            ofKey?: string | null;
            /** @enum {string} */
            type: "number" | "money" | "count" | "text" | "boolean";
        }[];
        key: string;
        label: string;
        max?: number | null;
        min?: number | null;
        ofKey?: string | null;
        required?: boolean;
        /** @enum {string} */
        rows?: "village" | "organization";
        section?: string | null;
        source?: string | null;
        sourceParams?: {
            [key: string]: string;
        };
        sum?: boolean;
        /** @enum {string} */
        type: "number" | "money" | "count" | "text" | "boolean" | "choice" | "table";
    };
    ReportingRound: {
        /** @description Mở lại, nhắc nộp (Ban Thường trực xã hoặc cấp trên) */
        can?: {
            manage: boolean;
        };
        communeId: string;
        dueDate: string;
        from: string;
        id: string;
        title: string;
        to: string;
    };
    ReportList: {
        items: (components["schemas"]["Report"] & {
            canManage: boolean;
        })[];
    };
    ReportModel: {
        builtAt: string;
        can: components["schemas"]["ReportCan"];
        canEdit: boolean;
        canIssue: boolean;
        canSubmit: boolean;
        date: string | null;
        figures: ({
            /** @enum {string} */
            aggregation: "sum" | "count" | "ratio";
            group: string;
            key: string;
            label: string;
            text: string;
            unitLabel: string;
            value: number;
        } & {
            [key: string]: unknown;
        })[];
        from: string;
        id: string;
        indicators: ({
            actual: number;
            /** @enum {string} */
            aggregation: "sum" | "count" | "ratio";
            code: string;
            denominator?: number;
            met?: {
                count: number;
                of: number;
                text: string;
            };
            name: string;
            targets: {
                by: string;
                met: boolean;
                percent: string | null;
                source: string;
                text: string;
                value: number;
            }[];
            text: string;
            unitLabel: string;
        } & {
            [key: string]: unknown;
        })[];
        issuedAt: string | null;
        meeting: {
            chair: string | null;
            chairTitle: string | null;
            date: string;
            delegates: number;
            id: string;
            place: string | null;
            title: string;
        } | null;
        number: string | null;
        parent: {
            kind: string;
            name: string;
        } | null;
        periodLabel: string;
        recipients: string[];
        sections: {
            heading: string;
            key: string;
            level: 1 | 2;
            list?: string[];
            paragraphs: {
                edited: boolean;
                generated: string;
                key: string;
                text: string;
            }[];
            tables: {
                caption: string;
                columns: {
                    header: string;
                    /** @enum {string} */
                    type?: "text" | "number" | "index";
                    width?: number;
                }[];
                key: string;
                rows: (string | number | null)[][];
                total?: (string | number | null)[];
                unit?: string;
            }[];
        }[];
        signer: {
            name: string;
            position: string;
        };
        /** @enum {string} */
        status: "draft" | "issued";
        submittedAt: string | null;
        tasks: string[];
        title: string;
        to: string;
        /** @enum {string} */
        type: "half_year" | "year" | "custom";
        unit: {
            id: string;
            kind: string;
            level: string;
            name: string;
        };
    };
    ReportRollup: {
        columns: {
            kind: string;
            name: string;
            unitId: string;
        }[];
        communes: {
            kind: string;
            name: string;
            report: {
                id: string;
                issuedDate: string | null;
                number: string | null;
                submittedAt: string;
                title: string;
            } | null;
            submitted: boolean;
            unitId: string;
        }[];
        from: string;
        periodLabel: string;
        provinceId: string;
        rows: {
            /** @enum {string} */
            aggregation: "sum" | "count" | "ratio";
            cells: (({
                denominator?: number;
                percent: string | null;
                target?: number;
                text: string;
                value: number;
            } & {
                [key: string]: unknown;
            }) | null)[];
            group: string;
            key: string;
            label: string;
            total: {
                denominator?: number;
                percent: string | null;
                target?: number;
                text: string;
                value: number;
            } & {
                [key: string]: unknown;
            };
            unitLabel: string;
        }[];
        submitted: number;
        to: string;
        /** @enum {string} */
        type: "half_year" | "year" | "custom";
    };
    ReportSubmission: {
        can: {
            correct: boolean;
            edit: boolean;
            review: boolean;
            submit: boolean;
        };
        correctionReason: string | null;
        dueDate: string;
        formId: string;
        formVersion: number;
        id: string;
        isCurrent: boolean;
        late: boolean;
        period: string;
        periodLabel: string;
        returnComment: string | null;
        reviewedAt: string | null;
        sources: {
            [key: string]: string;
        };
        /** @enum {string} */
        status: "draft" | "submitted" | "accepted" | "returned";
        submittedAt: string | null;
        unitId: string;
        /** @enum {string} */
        unitKind: "commune" | "village" | "organization";
        unitName: string;
        /** @description Giá trị theo mã trường */
        values: {
            [key: string]: unknown;
        };
        version: number;
        warnings: {
            field: string;
            message: string;
        }[];
    };
    ReportSubmissionDetail: components["schemas"]["ReportSubmission"] & {
        fields: components["schemas"]["ReportFormField"][];
        history: {
            correctionReason: string | null;
            dueDate: string;
            formId: string;
            formVersion: number;
            id: string;
            isCurrent: boolean;
            late: boolean;
            period: string;
            periodLabel: string;
            returnComment: string | null;
            reviewedAt: string | null;
            sources: {
                [key: string]: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "accepted" | "returned";
            submittedAt: string | null;
            unitId: string;
            /** @enum {string} */
            unitKind: "commune" | "village" | "organization";
            unitName: string;
            /** @description Giá trị theo mã trường */
            values: {
                [key: string]: unknown;
            };
            version: number;
            warnings: {
                field: string;
                message: string;
            }[];
        }[];
        tableRows: {
            organization: {
                id: string;
                name: string;
            }[];
            village: {
                id: string;
                name: string;
            }[];
        };
    };
}
