/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface Schemas3 {
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
            /** @enum {string} */
            type: "number" | "money" | "count" | "text";
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
    };
    RoundBoard: {
        can: {
            manage: boolean;
        };
        items: {
            assignmentId: string;
            can: {
                reopen: boolean;
                submit: boolean;
            };
            indicatorIds: string[];
            organizationId: string | null;
            organizationName: string | null;
            reopenedCount: number;
            reportedIndicators: string[];
            /** @enum {string} */
            status: "submitted" | "late" | "pending";
            submittedAt: string | null;
            unitId: string;
            unitKind: string;
            unitName: string;
        }[];
        /** @description Tin nhắn nhắc để dán vào Zalo */
        reminder: string;
        round: components["schemas"]["ReportingRound"];
        summary: {
            late: number;
            pending: number;
            submitted: number;
        };
    };
    StatementImport: {
        accountId: string;
        amount: number;
        attributed: {
            byCode: number;
            byDefault: number;
            toFund: number;
        };
        duplicateAmount: number;
        duplicateRows: {
            amount: number;
            date: string;
            duplicateOf: {
                fileName: string | null;
                row: number | null;
                statementId: string | null;
            };
            row: number;
            txnId: string;
        }[];
        duplicates: number;
        errorAmount: number;
        errors: {
            amount: number | null;
            field: string;
            message: string;
            row: number;
        }[];
        fileName: string;
        firstReceiptNo: string | null;
        ignored: {
            reason: string;
            row: number;
        }[];
        imported: number;
        lastReceiptNo: string | null;
        matched: number;
        receipts: {
            receiptNo: string;
            row: number;
            txnId: string;
        }[];
        rows: number;
        skipped: number;
        statementId: string;
        stored: number;
        storedAmount: number;
        unmatched: number;
    };
    Supervision: {
        bodyId: string | null;
        can?: {
            addRecommendation: boolean;
            edit: boolean;
            issuePlan: boolean;
            issueReport: boolean;
        };
        canManage?: boolean;
        communeId: string;
        communeName?: string;
        content: string | null;
        createdAt: string;
        endDate: string;
        findings: string | null;
        id: string;
        /** @enum {string} */
        kind: "supervision" | "social_criticism";
        planDoc: {
            date: string;
            id: string;
            number: string;
        } | null;
        planSentOn: string | null;
        recommendations: {
            answered: number;
            overdue: number;
            total: number;
        };
        reportDoc: {
            date: string;
            id: string;
            number: string;
        } | null;
        startDate: string;
        /** @enum {string} */
        status: "planned" | "in_progress" | "concluded";
        subject: string;
        target: string | null;
        team: {
            name: string;
            title: string | null;
        }[];
        updatedAt: string;
    };
    SupervisionDetail: components["schemas"]["Supervision"] & {
        recommendationList: components["schemas"]["SupervisionRecommendation"][];
    };
    SupervisionRecommendation: {
        addressee: string;
        answer: string | null;
        answeredAt: string | null;
        closedAt: string | null;
        closingNote: string | null;
        content: string;
        createdAt: string;
        dueDate: string | null;
        history?: {
            actorName: string | null;
            at: string;
            date: string;
            /** @enum {string|null} */
            from: "issued" | "sent" | "answered" | "closed" | null;
            note: string | null;
            /** @enum {string} */
            to: "issued" | "sent" | "answered" | "closed";
        }[];
        id: string;
        overdue: boolean;
        position: number;
        sentAt: string | null;
        /** @enum {string} */
        status: "issued" | "sent" | "answered" | "closed";
        supervisionId: string;
    };
    Target: {
        assignedBy: {
            unitId: string;
        } | {
            body: string;
        };
        can: {
            edit: boolean;
        };
        from: string;
        id: string;
        indicatorId: string;
        organizationId: string | null;
        to: string;
        unitId: string;
        value: number;
    };
    Today: {
        /** @description Thao tác nhanh người dùng được làm: receipt (lập phiếu thu), result (nhập kết quả), petition (ghi kiến nghị), report (soạn báo cáo) */
        actions: ("receipt" | "result" | "petition" | "report")[];
        /** @description Hôm nay (giờ Việt Nam), YYYY-MM-DD */
        date: string;
        groups: components["schemas"]["AgendaGroup"][];
    };
    Unit: {
        /** @description What the caller may do with this record */
        can: {
            edit: boolean;
        };
        /** @description Mã đơn vị hành chính chính thức (QĐ 19/2025/QĐ-TTg) */
        code: string | null;
        communeId: string | null;
        createdAt: string;
        /** @description Ngày cuối cùng của đơn vị đã sáp nhập */
        endedOn: string | null;
        id: string;
        kind: string;
        /** @enum {string} */
        level: "national" | "province" | "district" | "commune" | "village";
        /** @description Biểu trưng của xã trên cổng thông tin (PNG), nếu đã tải lên */
        logoUrl: string | null;
        name: string;
        parentId: string | null;
        settings: {
            [key: string]: string;
        };
        /** @description Địa chỉ dễ đọc của xã trên cổng thông tin: /xa/{slug} (chỉ xã, phường, đặc khu) */
        slug: string | null;
        /** @description Đơn vị đang giữ hồ sơ của đơn vị đã sáp nhập */
        successorId: string | null;
    };
    /**
     * @description Loại đơn vị: tỉnh, thành phố, xã, phường, đặc khu, thôn, tổ dân phố, ấp, bản…
     * @enum {string}
     */
    UnitKind: "trung ương" | "tỉnh" | "thành phố" | "huyện" | "quận" | "thị xã" | "xã" | "phường" | "đặc khu" | "thị trấn" | "thôn" | "tổ dân phố" | "ấp" | "bản" | "khu phố" | "buôn" | "làng" | "xóm" | "khu" | "tổ";
    User: {
        /** @description Roles, lock and password reset (absent on the caller’s own account) */
        can?: {
            manage: boolean;
        };
        createdAt: string;
        disabled: boolean;
        fullName: string;
        id: string;
        roles: {
            branchId: string | null;
            organizationId: string | null;
            organizationName: string | null;
            /** @enum {string} */
            role: "admin" | "upper" | "standing" | "org_lead" | "village_lead" | "viewer";
            unitId: string | null;
            unitName: string | null;
        }[];
        username: string;
    };
}
