/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface Schemas1 {
    AgendaGroup: {
        /** @description Tổng số việc loại này (danh sách chỉ nêu vài việc đầu) */
        count: number;
        items: components["schemas"]["AgendaItem"][];
        /** @description Loại việc: petitions.overdue, tasks.due, rounds.owed, rounds.missing, recommendations.unanswered, posts.review, reports.draft, transfers.incoming, calendar.due */
        key: string;
    };
    AgendaItem: {
        detail: string | null;
        dueDate: string | null;
        id: string;
        /**
         * @description late: đã quá hạn; soon: sắp đến hạn; waiting: đang chờ người dùng (duyệt, tiếp nhận)
         * @enum {string}
         */
        state: "late" | "soon" | "waiting";
        title: string;
    };
    Allocation: {
        date: string;
        decisionRef: string;
        driveId: string | null;
        fundId: string;
        id: string;
        lines: {
            amount: number;
            communeId: string;
            communeName: string;
            id: string;
            payoutNo: string;
            recipientId: string;
            /** @enum {string} */
            recipientLevel: "commune" | "province";
        }[];
        purpose: string;
        total: number;
    };
    AllocationLine: {
        allocationId: string;
        amount: number;
        can: {
            acknowledge: boolean;
        };
        /** @description Như `recipientId` (tên cũ: với quỹ trung ương là một tỉnh). */
        communeId: string;
        communeName: string;
        date: string;
        decisionRef: string;
        fromUnitId: string;
        fromUnitName: string;
        /** @description Quỹ chi (của tỉnh hoặc trung ương). */
        fundId: string;
        fundName: string;
        id: string;
        /** @description Số phiếu chi (PC) của quỹ chi. */
        payoutNo: string;
        purpose: string;
        receivedFundId: string | null;
        receivedFundName: string | null;
        receivedOn: string | null;
        recipientId: string;
        /** @enum {string} */
        recipientLevel: "commune" | "province";
        /** @description Tên đơn vị nhận kèm cấp: "xã Hồng Sơn", "tỉnh Tuyên Quang". */
        recipientName: string;
        /** @enum {string} */
        state: "pending" | "acknowledged";
    };
    AuditChange: {
        after: string | null;
        before: string | null;
        /** @description Tên trường trong ảnh chụp, "settings.phone" cho trường lồng */
        field: string;
        /** @description Tên trường bằng tiếng Việt, nếu có */
        label: string | null;
    };
    AuditRow: {
        action: string;
        /** @description Hành động bằng tiếng Việt */
        actionLabel: string;
        actorId: string | null;
        actorUsername: string | null;
        /** @description Ảnh chụp bản ghi (JSON) trước hoặc sau thay đổi */
        after: {
            [key: string]: unknown;
        } | null;
        at: string;
        /** @description Ảnh chụp bản ghi (JSON) trước hoặc sau thay đổi */
        before: {
            [key: string]: unknown;
        } | null;
        /** @description Thay đổi từng trường, bỏ qua mã và thời điểm */
        changes: components["schemas"]["AuditChange"][];
        entity: string;
        entityId: string | null;
        /** @description Loại bản ghi bằng tiếng Việt */
        entityLabel: string;
        /** @description Tên bản ghi (theo ảnh chụp), nếu có */
        entityName: string | null;
        id: number;
        ip: string | null;
    };
    BankRow: {
        accountId: string;
        amount: number;
        date: string;
        description: string;
        donationId: string | null;
        driveCode: string | null;
        driveId: string | null;
        fundId: string;
        id: string;
        ignoreReason: string | null;
        line: number | null;
        payerAccount: string | null;
        payerName: string | null;
        receiptNo: string | null;
        receiptVoided: boolean;
        statementId: string | null;
        /** @enum {string} */
        status: "matched" | "unmatched" | "assigned" | "ignored";
        txnId: string;
    };
    Body: {
        canManage: boolean;
        communeId: string;
        electedMeetingId: string | null;
        electedOn: string | null;
        endedOn: string | null;
        id: string;
        issues: components["schemas"]["BodyRosterIssue"][];
        /** @enum {string} */
        kind: "committee" | "standing" | "village_board" | "people_inspection" | "investment_supervision";
        kindName: string;
        members: components["schemas"]["BodySeat"][];
        name: string;
        previousId: string | null;
        project: string | null;
        termFrom: number;
        termTo: number;
        unitId: string;
        unitName: string;
        warnings: string[];
    };
    BodyRosterIssue: {
        /** @enum {string} */
        code: "no_lead";
        /** @enum {string} */
        position: "chair" | "head";
    } | {
        /** @enum {string} */
        code: "too_few_members";
        count: number;
        min: number;
    } | {
        /** @enum {string} */
        code: "villages_unrepresented";
        villages: string[];
    };
    BodySeat: {
        endReason: string | null;
        fromDate: string;
        fullName: string;
        id: string;
        organizationId: string | null;
        personId: string | null;
        /** @enum {string} */
        position: "chair" | "vice_chair" | "standing_member" | "head" | "deputy_head" | "member";
        positionName: string;
        title: string | null;
        untilDate: string | null;
        villageId: string | null;
    };
    BodySession: {
        absent: number;
        attendance: {
            fullName: string;
            memberId: string;
            present: boolean;
            reason: string | null;
        }[];
        bodyId: string;
        heldOn: string;
        id: string;
        present: number;
        title: string;
    };
    Branch: {
        communeId: string;
        id: string;
        name: string;
        organizationId: string;
        villageId: string | null;
    };
    /** @description created: new tasks; existing: tasks the commune already had. */
    CalendarAdoption: {
        created: number;
        existing: number;
        tasks: number;
    };
    CalendarItem: {
        audiences: ("commune" | "village" | "organization")[];
        endDate: string;
        id: string;
        /** @enum {string} */
        kind: "event" | "deadline";
        note: string | null;
        startDate: string;
        title: string;
    };
    CalendarTask: {
        /** @enum {string} */
        audience: "commune" | "village" | "organization";
        can: {
            mark: boolean;
        };
        communeId: string;
        done: boolean;
        doneAt: string | null;
        dueDate: string;
        id: string;
        /** @enum {string} */
        kind: "event" | "deadline";
        organizationId: string | null;
        organizationName: string | null;
        startDate: string;
        title: string;
        unitId: string;
        unitName: string;
    };
    CalendarTemplate: {
        adoptedBy: {
            adoptedAt: string;
            communeId: string;
            communeName: string;
        }[];
        /** @description edit: the province edits the template; adoptFor: the communes the caller may adopt it for. */
        can: {
            adoptFor: {
                id: string;
                name: string;
            }[];
            edit: boolean;
        };
        id: string;
        items: components["schemas"]["CalendarItem"][];
        provinceId: string;
        provinceName: string;
        title: string;
        year: number;
    };
    Campaign: {
        communeId: string;
        createdAt: string;
        description: string;
        from: string;
        id: string;
        name: string;
        to: string;
    };
    /** @description What the caller may do with the campaign. */
    CampaignCan: {
        addTask: boolean;
        edit: boolean;
    };
    CampaignDetail: components["schemas"]["Campaign"] & {
        can: components["schemas"]["CampaignCan"];
        indicators: {
            code: string;
            id: string;
            name: string;
            unitLabel: string;
        }[];
        tasks: components["schemas"]["CampaignTask"][];
    };
    CampaignTask: {
        campaignId: string;
        can: components["schemas"]["CampaignTaskCan"];
        communeId: string;
        createdAt: string;
        deadline: string | null;
        evidence: string;
        id: string;
        ownerOrganizationId: string | null;
        ownerOrganizationName: string | null;
        selfAssigned: boolean;
        /** @enum {string} */
        status: "todo" | "in_progress" | "done" | "cancelled";
        title: string;
        updatedAt: string;
    };
    /** @description Change every field, or only status and evidence. */
    CampaignTaskCan: {
        edit: boolean;
        updateStatus: boolean;
    };
    CampaignTaskListItem: components["schemas"]["CampaignTask"] & {
        campaignName: string;
    };
    ConsultationComment: {
        /** @description null: góp ý chung cho cả dự thảo */
        articleId: string | null;
        /** @description null: góp ý chung cho cả dự thảo */
        articleRef: string | null;
        author: string;
        /** @enum {string} */
        authorKind: "person" | "organization" | "meeting";
        contact?: string | null;
        content: string;
        createdAt: string;
        /** @description Góp ý chung cho cả dự thảo, không vào điều nào */
        general: boolean;
        id: string;
        meetingId: string | null;
        meetingTitle: string | null;
        organizationId: string | null;
        organizationName: string | null;
        /** @enum {string} */
        source: "staff" | "portal";
    };
    ConsultationDetail: {
        articles: {
            byKind?: {
                meeting: number;
                organization: number;
                person: number;
            };
            comments?: number;
            heading: string | null;
            id: string;
            position: number;
            ref: string;
            text: string;
        }[];
        can: {
            close: boolean;
            comment: boolean;
            issueSynthesis: boolean;
        };
        canComment: boolean;
        canManage: boolean;
        closedAt: string | null;
        comments: number;
        communeId: string;
        communeName: string;
        createdAt: string;
        deadline: string;
        /** @description Số ý kiến góp ý chung cho cả dự thảo (không vào điều nào) */
        generalComments: number;
        id: string;
        opensOn: string;
        organizationIds: string[] | null;
        public: boolean;
        requestedBy: string | null;
        /** @enum {string} */
        status: "upcoming" | "open" | "closed";
        synthesisNumber: string | null;
        title: string;
    };
    Disbursement: {
        amount: number;
        amountInWords: string;
        date: string;
        decisionRef: string;
        driveId: string | null;
        fundId: string;
        id: string;
        payoutNo: string;
        purpose: string;
        recipient: string;
        reliefProgramId: string | null;
        voided: boolean;
        voidReason: string | null;
    };
    /** @description Thông báo công khai đã vào sổ văn bản đi (số TB, ngày); null khi chưa vào sổ */
    DisclosureNotice: {
        date: string;
        documentId: string;
        number: string;
    } | null;
    Donation: {
        amount: number;
        amountInWords: string;
        can: {
            void: boolean;
        };
        createdAt: string;
        date: string;
        /** @enum {string} */
        donorKind: "person" | "household" | "organization" | "business" | "anonymous";
        donorName: string;
        driveId: string | null;
        fundId: string;
        id: string;
        inKindDescription: string | null;
        inKindValue: number;
        /** @enum {string} */
        method: "cash" | "bank_transfer";
        note: string | null;
        organizationId: string | null;
        pledgeId: string | null;
        publicAnonymous: boolean;
        receiptNo: string;
        total: number;
        totalInWords: string;
        unitId: string | null;
        voided: boolean;
        voidReason: string | null;
    };
    Drive: {
        assignedBy: {
            unitId: string;
        } | {
            body: string;
        } | null;
        code: string;
        communeId: string;
        from: string;
        fundId: string;
        id: string;
        indicatorId: string | null;
        name: string;
        target: number | null;
        to: string;
    };
    Entry: {
        can: {
            attachEvidence: boolean;
            void: boolean;
        };
        createdAt: string;
        date: string;
        denominator: number | null;
        id: string;
        indicatorId: string;
        note: string | null;
        organizationId: string | null;
        roundAssignmentId: string | null;
        unitId: string;
        value: number;
        voided: boolean;
        voidReason: string | null;
    };
    Error: {
        error: {
            /** @enum {string} */
            code: "account_disabled" | "already_acknowledged" | "already_issued" | "already_submitted" | "already_supported" | "already_voided" | "bad_request" | "bad_transition" | "bank_row_ignored" | "bank_row_receipted" | "conclusion_has_task" | "consultation_closed" | "deadline_passed" | "duplicate_code" | "duplicate_name" | "duplicate_national" | "unit_ended" | "already_member" | "already_left" | "body_exists" | "body_ended" | "seat_ended" | "transfer_pending" | "transfer_decided" | "done_tasks" | "dues_already_paid" | "duplicate_rule" | "duplicate_short_name" | "evaluation_locked" | "file_too_large" | "forbidden" | "household_erased" | "idempotency_key_reused" | "idempotency_retry" | "insufficient_balance" | "insufficient_stock" | "internal" | "invalid_credentials" | "invalid_json" | "invalid_transition" | "invitation_issued" | "job_input_missing" | "job_interrupted" | "meeting_cancelled" | "meeting_not_held" | "minutes_issued" | "not_concluded" | "mail_not_configured" | "not_found" | "nothing_to_remind" | "not_open" | "not_submitted" | "pdf_unavailable" | "petition_out_of_order" | "period_already_reported" | "report_issued" | "report_not_issued" | "report_submitted" | "request_in_progress" | "round_locked" | "scorecard_exists" | "status_order" | "supervision_not_started" | "too_large" | "too_many_attempts" | "transition_order" | "unauthorized" | "username_taken" | "validation_failed";
            fields?: {
                [key: string]: string;
            };
            message: string;
        };
    };
    EvaluationCriteriaSet: {
        can: {
            edit: boolean;
        };
        groups: {
            criteria: {
                key: string;
                maxBonus: number;
                maxPoints: number;
                title: string;
            }[];
            key: string;
            maxPoints: number;
            title: string;
        }[];
        id: string;
        maxTotal: number;
        passScore: number;
        provinceId: string;
        /** @enum {string} */
        target: "village" | "commune";
        title: string;
        year: number;
    };
    EvaluationMeeting: {
        attendance: number;
        can: {
            confirm: boolean;
            edit: boolean;
        };
        chairName: string;
        communeId: string;
        confirmedOn: string | null;
        counts: {
            exemplary: number;
            failed: number;
            passed: number;
            registered: number;
        };
        documentNumber: string | null;
        heldOn: string;
        id: string;
        minutesUrl: string;
        note: string | null;
        place: string;
        secretaryName: string;
        villageId: string;
        villageName: string;
        year: number;
    } | null;
}
