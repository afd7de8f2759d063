/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface Schemas5 {
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
        email: string | null;
        fullName: string;
        id: string;
        roles: {
            branchId: string | null;
            organizationId: string | null;
            organizationName: string | null;
            /** @enum {string} */
            role: "admin" | "upper" | "standing" | "org_lead" | "village_lead" | "viewer";
            unitId: string | null;
            /**
             * @description Cấp của đơn vị (national: Ủy ban Trung ương); null với vai trò theo tổ chức.
             * @enum {string|null}
             */
            unitLevel: "national" | "province" | "district" | "commune" | "village" | null;
            unitName: string | null;
        }[];
        username: string;
    };
}
