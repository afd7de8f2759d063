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
            code: "account_disabled" | "already_acknowledged" | "already_issued" | "already_submitted" | "already_supported" | "already_voided" | "bad_request" | "bad_transition" | "bank_row_ignored" | "bank_row_receipted" | "conclusion_has_task" | "consultation_closed" | "deadline_passed" | "duplicate_code" | "duplicate_name" | "duplicate_national" | "unit_ended" | "already_member" | "already_left" | "body_exists" | "body_ended" | "seat_ended" | "transfer_pending" | "transfer_decided" | "done_tasks" | "dues_already_paid" | "duplicate_rule" | "duplicate_short_name" | "evaluation_locked" | "file_too_large" | "forbidden" | "household_erased" | "idempotency_key_reused" | "idempotency_retry" | "insufficient_balance" | "insufficient_stock" | "internal" | "invalid_credentials" | "invalid_json" | "invalid_transition" | "invitation_issued" | "job_input_missing" | "job_interrupted" | "meeting_cancelled" | "meeting_not_held" | "minutes_issued" | "not_concluded" | "not_found" | "not_open" | "not_submitted" | "pdf_unavailable" | "petition_out_of_order" | "period_already_reported" | "report_issued" | "report_not_issued" | "report_submitted" | "request_in_progress" | "round_locked" | "scorecard_exists" | "status_order" | "supervision_not_started" | "too_large" | "too_many_attempts" | "transition_order" | "unauthorized" | "username_taken" | "validation_failed";
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
    EvaluationScorecard: {
        can: {
            actions: ("submit" | "approve" | "return" | "publish")[];
            score: boolean;
        };
        communeId: string;
        communeName: string;
        history: {
            /** @enum {string} */
            action: "submit" | "approve" | "return" | "publish";
            at: string;
            by: string | null;
            comment: string | null;
            /** @enum {string} */
            from: "village" | "commune" | "province" | "approved" | "published";
            /** @enum {string} */
            to: "village" | "commune" | "province" | "approved" | "published";
        }[];
        id: string;
        note: string | null;
        passScore: number;
        recognised: boolean;
        returnComment: string | null;
        scores: {
            bonus: number;
            key: string;
            points: number;
        }[];
        setId: string;
        /** @enum {string} */
        stage: "village" | "commune" | "province" | "approved" | "published";
        /** @enum {string} */
        target: "village" | "commune";
        total: number;
        unitId: string;
        unitName: string;
        year: number;
    };
    EvaluationVillageYear: {
        can: {
            evaluate: boolean;
            register: boolean;
        };
        households: {
            headName: string;
            householdId: string;
            registeredOn: string;
            /** @enum {string|null} */
            result: "passed" | "failed" | "exemplary" | null;
        }[];
        meeting: components["schemas"]["EvaluationMeeting"];
        villageId: string;
        villageName: string;
        year: number;
    };
    Evidence: {
        contentType: string;
        fileName: string;
        id: string;
        size: number;
    };
    Festival: {
        commended: {
            households: number;
            people: number;
        };
        communeId: string;
        communeName: string;
        date: string;
        highlights: string | null;
        id: string;
        newsPostId: string | null;
        place: string;
        presenter: string | null;
        programme: string[];
        startTime: string | null;
        tasks: string[] | null;
        villageId: string;
        villageName: string;
        year: number;
    };
    FestivalCommendation: {
        householdId: string | null;
        id: string;
        /** @enum {string} */
        kind: "household" | "person";
        name: string;
        reason: string;
    };
    FestivalDetail: components["schemas"]["Festival"] & {
        /** @description What the caller may do: plan and report the festival; draft the news post. */
        can: {
            draftNews: boolean;
            edit: boolean;
        };
        commendations: components["schemas"]["FestivalCommendation"][];
        newsPost: {
            id: string;
            kind: string;
            status: string;
            title: string;
        } | null;
        reportUrl: string;
    };
    FestivalReport: {
        commended: components["schemas"]["FestivalCommendation"][];
        figures: {
            key: string;
            label: string;
            text: string;
            value: number;
        }[];
        sections: {
            heading: string;
            list: string[];
            paragraphs: string[];
        }[];
        subtitle: string;
        title: string;
    };
    FrontStructure: {
        asOf: string;
        boards: {
            head: string | null;
            id: string;
            issues: components["schemas"]["BodyRosterIssue"][];
            /** @enum {string} */
            kind: "committee" | "standing" | "village_board" | "people_inspection" | "investment_supervision";
            members: number;
            name: string;
            project: string | null;
            termFrom: number;
            termTo: number;
            warnings: string[];
        }[];
        committee: {
            head: string | null;
            id: string;
            issues: components["schemas"]["BodyRosterIssue"][];
            /** @enum {string} */
            kind: "committee" | "standing" | "village_board" | "people_inspection" | "investment_supervision";
            members: number;
            name: string;
            project: string | null;
            termFrom: number;
            termTo: number;
            warnings: string[];
        } | null;
        commune: {
            code: string | null;
            id: string;
            name: string;
        };
        organizations: {
            branches: number;
            head: {
                fullName: string;
                title: string | null;
            } | null;
            id: string;
            members: number;
            name: string;
            shortName: string;
        }[];
        standing: {
            head: string | null;
            id: string;
            issues: components["schemas"]["BodyRosterIssue"][];
            /** @enum {string} */
            kind: "committee" | "standing" | "village_board" | "people_inspection" | "investment_supervision";
            members: number;
            name: string;
            project: string | null;
            termFrom: number;
            termTo: number;
            warnings: string[];
        } | null;
        totals: {
            committeeMembers: number;
            memberships: number;
            people: number;
            villageBoardMembers: number;
        };
        villages: {
            board: {
                head: string | null;
                id: string;
                issues: components["schemas"]["BodyRosterIssue"][];
                /** @enum {string} */
                kind: "committee" | "standing" | "village_board" | "people_inspection" | "investment_supervision";
                members: number;
                name: string;
                project: string | null;
                termFrom: number;
                termTo: number;
                warnings: string[];
            } | null;
            branches: {
                id: string;
                name: string;
                organizationId: string;
            }[];
            id: string;
            name: string;
        }[];
    };
    Fund: {
        bankAccount: string | null;
        bankAccountName: string | null;
        bankBin: string | null;
        can: {
            manage: boolean;
            /** @description Where a village or organisation head may write receipts in this commune. */
            recordAt: {
                organizationIds: string[];
                villageIds: string[];
            };
            recordDonations: boolean;
            voidDonations: boolean;
        };
        /** @description Đơn vị giữ quỹ (tên cũ; bằng unitId). */
        communeId: string;
        id: string;
        name: string;
        unitId: string;
        /** @enum {string} */
        unitLevel: "national" | "province" | "commune";
        unitName: string;
    };
    FundAccount: {
        accountName: string | null;
        accountNo: string;
        bankBin: string | null;
        bankName: string;
        can: {
            importStatement: boolean;
            manage: boolean;
        };
        createdAt: string;
        defaultDriveId: string | null;
        fundId: string;
        id: string;
        /** @description Nội dung mã VietQR tĩnh (người chuyển tự nhập số tiền). */
        vietQr: string | null;
    };
    GoodsItem: {
        id: string;
        name: string;
        unit: string;
    };
    GoodsSlip: {
        can: {
            void: boolean;
        };
        date: string;
        decisionRef: string | null;
        donorName: string | null;
        id: string;
        /** @enum {string} */
        kind: "receipt" | "issue" | "count";
        lines: {
            counted: number | null;
            itemId: string;
            name: string;
            /** @description Số lượng nhập/xuất; với kiểm kê: chênh lệch (+ thừa, − thiếu). */
            quantity: number;
            reason: string | null;
            unit: string;
            value: number;
        }[];
        note: string | null;
        number: string;
        publicAnonymous: boolean;
        recipient: string | null;
        totalValue: number;
        villageId: string | null;
        villageName: string | null;
        voidedAt: string | null;
        voidReason: string | null;
    };
    GoodsStock: {
        can: {
            issuesOfVillages: boolean;
            manage: boolean;
            read: boolean;
        };
        fundId: string;
        items: components["schemas"]["GoodsStockRow"][];
        totals: {
            valueOnHand: number;
            valueReceived: number;
        };
        warehouse: {
            id: string;
            name: string;
        } | null;
    };
    GoodsStockRow: {
        adjusted: number;
        issued: number;
        itemId: string;
        name: string;
        onHand: number;
        received: number;
        unit: string;
        valueOnHand: number;
        valueReceived: number;
    };
    Household: components["schemas"]["HouseholdRecord"] & {
        can: components["schemas"]["HouseholdCan"];
    };
    /** @description What the caller may do with this household. */
    HouseholdCan: {
        edit: boolean;
        erase: boolean;
        exportPersonalData: boolean;
    };
    HouseholdImportFailure: {
        created: number;
        error: {
            code: string;
            fields: {
                [key: string]: string;
            };
            message: string;
        };
        errors: {
            field: string;
            message: string;
            row: number;
        }[];
        updated: number;
    };
    HouseholdPersonalData: {
        categories: {
            /** @enum {string} */
            category: "poor" | "near_poor" | "policy" | "hardship" | "lonely_elderly" | "disability" | "other";
            decisionRef: string | null;
            label: string;
            year: number;
        }[];
        exportedAt: string;
        exportedBy: string;
        household: components["schemas"]["HouseholdRecord"];
        note: string;
        supports: {
            date: string;
            description: string | null;
            handedOverAt: string | null;
            kind: string;
            programId: string;
            programName: string;
            value: number;
        }[];
    };
}
