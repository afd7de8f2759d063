/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface Schemas2 {
    HouseholdRecord: {
        address: string | null;
        categories: {
            /** @enum {string} */
            category: "poor" | "near_poor" | "policy" | "hardship" | "lonely_elderly" | "disability" | "other";
            decisionRef: string | null;
            year: number;
        }[];
        communeId: string;
        createdAt: string;
        erased: boolean;
        erasedAt: string | null;
        headName: string;
        id: string;
        members: number | null;
        phone: string | null;
        updatedAt: string;
        villageId: string;
        villageName: string;
    };
    HousingCase: {
        approvedOn: string | null;
        buildingOn: string | null;
        communeId: string;
        createdAt: string;
        description: string | null;
        funded: number;
        handedOverOn: string | null;
        headName: string;
        householdId: string | null;
        id: string;
        /** @enum {string} */
        kind: "new_build" | "repair";
        note: string | null;
        participants: string[];
        /** @enum {string|null} */
        pausedFrom: "surveyed" | "approved" | "building" | "handed_over" | "paused" | null;
        pausedOn: string | null;
        pauseReason: string | null;
        requiredAmount: number | null;
        /** @enum {string} */
        stage: "surveyed" | "approved" | "building" | "handed_over" | "paused";
        surveyedOn: string;
        villageId: string;
        villageName: string;
    };
    HousingCaseDetail: components["schemas"]["HousingCase"] & {
        /** @description What the caller may do with the case. */
        can: {
            addPhoto: boolean;
            edit: boolean;
            fund: boolean;
            move: boolean;
        };
        fundedInWords: string;
        fundings: components["schemas"]["HousingFunding"][];
        minutes: {
            available: boolean;
            /** @enum {string} */
            kind: "survey" | "acceptance" | "handover";
            url: string;
        }[];
        photos: components["schemas"]["HousingPhoto"][];
        timeline: {
            date: string | null;
            /** @enum {string} */
            stage: "surveyed" | "approved" | "building" | "handed_over" | "paused";
        }[];
    };
    HousingFunding: {
        amount: number;
        createdAt: string;
        disbursementId: string | null;
        donorName: string | null;
        fundId: string | null;
        fundName: string | null;
        id: string;
        note: string | null;
        payoutNo: string | null;
        /** @enum {string} */
        source: "fund" | "budget" | "donor" | "household";
    };
    HousingPhoto: {
        caption: string | null;
        createdAt: string;
        height: number;
        id: string;
        /** @enum {string} */
        stage: "surveyed" | "approved" | "building" | "handed_over" | "paused";
        thumbUrl: string;
        url: string;
        width: number;
    };
    Indicator: {
        active: boolean;
        /** @enum {string} */
        aggregation: "sum" | "count" | "ratio";
        can: {
            edit: boolean;
        };
        code: string;
        communeId: string | null;
        id: string;
        name: string;
        ownerUnitId: string;
        source: string;
        sourceParams: {
            [key: string]: string;
        };
        unitLabel: string;
    };
    Job: {
        createdAt: string;
        error: components["schemas"]["JobError"];
        finishedAt: string | null;
        id: string;
        /** @description Loại việc, ví dụ `members.import`, `households.import`, `funds.bank_statement` */
        kind: string;
        progress: {
            done: number;
            /** @description `reading` (đọc tệp), `checking` (kiểm tra dòng), `writing` (ghi) */
            stage: string;
            /** @description 0 khi chưa biết */
            total: number;
        };
        /** @description Khi xong: đúng nội dung mà yêu cầu đồng bộ trả về */
        result?: unknown;
        startedAt: string | null;
        /** @enum {string} */
        status: "queued" | "running" | "done" | "failed";
    };
    JobError: {
        code: string;
        /** @description Lỗi theo dòng (nhập tệp), như câu trả lời 422 */
        errors?: {
            field: string;
            message: string;
            row: number;
        }[];
        fields?: {
            [key: string]: string;
        };
        message: string;
        /** @description Mã HTTP mà yêu cầu đồng bộ đã trả */
        status: number;
    } | null;
    MeetingConclusion: {
        id: string;
        position: number;
        task: {
            campaignId: string | null;
            campaignName: string | null;
            deadline: string | null;
            id: string;
            ownerOrganizationId: string | null;
            ownerOrganizationName: string | null;
            status: string | null;
            title: string | null;
        } | null;
        taskId: string | null;
        text: string;
    };
    MeetingDetail: {
        agenda: string[];
        can: {
            edit: boolean;
            issueInvitation: boolean;
            issueMinutes: boolean;
            recordAttendance: boolean;
            turnIntoTask: boolean;
        };
        canManage: boolean;
        canTurnIntoTask: boolean;
        chair: string | null;
        chairTitle: string | null;
        communeId: string;
        communeName: string;
        conclusions: components["schemas"]["MeetingConclusion"][];
        createdAt: string;
        date: string;
        delegates: {
            attended: boolean | null;
            id: string;
            name: string;
            organization: string | null;
            organizationId: string | null;
            position: number;
            title: string | null;
            userId: string | null;
        }[];
        expectedCount: number | null;
        id: string;
        invitationDate: string | null;
        invitationNumber: string | null;
        minutes: string | null;
        minutesDate: string | null;
        minutesNumber: string | null;
        place: string | null;
        presentCount: number | null;
        secretary: string | null;
        startTime: string | null;
        /** @enum {string} */
        status: "planned" | "held" | "cancelled";
        statusLabel: string;
        title: string;
        /** @enum {string} */
        type: "half_year_review" | "year_review" | "voter_contact" | "consultation" | "other";
        typeLabel: string;
        updatedAt: string;
        villageId: string | null;
        villageName: string | null;
    };
    MeetingListItem: {
        agenda: string[];
        chair: string | null;
        chairTitle: string | null;
        communeId: string;
        communeName: string;
        createdAt: string;
        date: string;
        delegatesAttended: number;
        delegatesInvited: number;
        expectedCount: number | null;
        id: string;
        invitationDate: string | null;
        invitationNumber: string | null;
        minutes: string | null;
        minutesDate: string | null;
        minutesNumber: string | null;
        place: string | null;
        presentCount: number | null;
        secretary: string | null;
        startTime: string | null;
        /** @enum {string} */
        status: "planned" | "held" | "cancelled";
        statusLabel: string;
        title: string;
        /** @enum {string} */
        type: "half_year_review" | "year_review" | "voter_contact" | "consultation" | "other";
        typeLabel: string;
        updatedAt: string;
        villageId: string | null;
        villageName: string | null;
    };
    MemberCounts: {
        asOf: string;
        byOrganization: {
            members: number;
            name: string;
            organizationId: string;
        }[];
        memberships: number;
        people: number;
    };
    Membership: {
        birthYear: number | null;
        branchId: string | null;
        cardNo: string | null;
        duesCategory: string;
        fullName: string;
        id: string;
        joinedOn: string;
        leaveReason: string | null;
        leftOn: string | null;
        organizationId: string;
        personId: string;
        villageId: string;
        villageName: string;
    };
    MembershipTransfer: {
        birthYear: number | null;
        decidedOn: string | null;
        decisionNote: string | null;
        /** @enum {string} */
        direction: "within" | "incoming" | "outgoing";
        fromBranchName: string | null;
        fromCommuneName: string;
        fullName: string;
        id: string;
        membershipId: string;
        note: string | null;
        on: string;
        organization: string;
        /** @enum {string} */
        status: "pending" | "accepted" | "refused";
        toBranchId: string | null;
        toBranchName: string | null;
        toCommuneId: string;
        toCommuneName: string;
    };
    OfficialUnit: {
        code: string;
        kind: string;
        /** @enum {string} */
        level: "province" | "commune";
        name: string;
        provinceCode: string;
    };
    Organization: {
        active: boolean;
        /** @description What the caller may do with this record */
        can: {
            edit: boolean;
        };
        communeId: string;
        createdAt: string;
        id: string;
        name: string;
        shortName: string;
    };
    Person: {
        birthYear: number | null;
        communeId: string;
        ethnicity: string | null;
        fullName: string;
        id: string;
        phone: string | null;
        /** @enum {string|null} */
        sex: "male" | "female" | null;
        villageId: string;
    };
    PersonPersonalData: {
        dues: {
            amount: number;
            organization: string;
            period: string;
        }[];
        exportedAt: string;
        exportedBy: string;
        memberships: {
            branch: string | null;
            cardNo: string | null;
            duesCategory: string;
            joinedOn: string;
            leaveReason: string | null;
            leftOn: string | null;
            organization: string;
        }[];
        note: string;
        person: {
            birthYear: number | null;
            createdAt: string;
            ethnicity: string | null;
            fullName: string;
            phone: string | null;
            /** @enum {string|null} */
            sex: "male" | "female" | null;
        };
        transfers: {
            note: string | null;
            on: string;
            organization: string;
            status: string;
        }[];
    };
    PetitionDetail: {
        /** @enum {string} */
        agency: "ubnd_xa" | "hdnd_xa" | "dang_uy_xa" | "district" | "province" | "central" | "other";
        agencyLabel: string;
        agencyName: string | null;
        agencyText: string;
        answer: string | null;
        answerDocument: string | null;
        answeredAt: string | null;
        answerPublic: boolean;
        can: {
            transition: boolean;
        };
        canTransition: boolean;
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
        history: {
            actorId: string | null;
            actorName: string | null;
            at: string;
            date: string;
            document: string | null;
            /** @enum {string|null} */
            fromStatus: "received" | "forwarded" | "answered" | "closed" | null;
            id: string;
            meetingDate: string | null;
            meetingId: string | null;
            meetingTitle: string | null;
            note: string | null;
            statusLabel: string;
            /** @enum {string} */
            toStatus: "received" | "forwarded" | "answered" | "closed";
        }[];
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
    };
    Post: components["schemas"]["PostRow"] & {
        approvedBy: string | null;
        body: string;
        can?: components["schemas"]["PostCan"];
        canEdit?: boolean;
        next?: ("draft" | "pending" | "published" | "archived")[];
        sourceMeetingId: string | null;
        sourceReportId: string | null;
        videoEmbedUrl: string | null;
        videoFileUrl: string | null;
        videoMediaId: string | null;
        videoUrl: string | null;
    };
    PostCan: {
        approve: boolean;
        archive: boolean;
        edit: boolean;
        publish: boolean;
        submit: boolean;
        unpublish: boolean;
    };
    PostCommunes: {
        items: {
            canCreate: boolean;
            canPublish: boolean;
            id: string;
            kind: string;
            name: string;
        }[];
    };
    PostList: {
        items: components["schemas"]["PostRow"][];
    };
    PostPreview: {
        body: string;
    };
    PostRow: {
        authorName: string | null;
        communeId: string;
        coverMediaId: string | null;
        coverThumbUrl: string | null;
        createdAt: string | null;
        createdBy: string | null;
        id: string;
        /** @enum {string} */
        kind: "news" | "announcement" | "video";
        publicUrl: string | null;
        publishedAt: string | null;
        slug: string;
        /** @enum {string} */
        status: "draft" | "pending" | "published" | "archived";
        summary: string | null;
        title: string;
        updatedAt: string | null;
    };
    Progress: {
        from: string;
        items: {
            actual: number;
            /** @enum {string} */
            aggregation: "sum" | "count" | "ratio";
            allocated: number;
            children: {
                actual: number;
                /** @description Chỉ có ở chỉ tiêu tỷ lệ */
                denominator?: number;
                met?: boolean;
                name: string;
                percent?: number | null;
                target?: number;
                text: string;
                unitId: string;
            }[];
            code: string;
            denominator?: number;
            indicatorId: string;
            met?: {
                count: number;
                /**
                 * @description Cấp của các đơn vị được đếm (không có khi đếm tổ chức): để ứng dụng tự viết câu
                 * @enum {string}
                 */
                level?: "province" | "district" | "commune" | "village";
                of: number;
                /** @description Câu tiếng Việt, ví dụ "5/6 thôn đạt chỉ tiêu" */
                text: string;
            };
            name: string;
            organizations: {
                actual: number;
                /** @description Chỉ có ở chỉ tiêu tỷ lệ */
                denominator?: number;
                met?: boolean;
                name: string;
                organizationId: string;
                percent?: number | null;
                target?: number;
            }[];
            organizationsMet?: {
                count: number;
                /**
                 * @description Cấp của các đơn vị được đếm (không có khi đếm tổ chức): để ứng dụng tự viết câu
                 * @enum {string}
                 */
                level?: "province" | "district" | "commune" | "village";
                of: number;
                /** @description Câu tiếng Việt, ví dụ "5/6 thôn đạt chỉ tiêu" */
                text: string;
            };
            source: string;
            targets: {
                assignedBy: {
                    name: string;
                    unitId: string;
                } | {
                    body: string;
                };
                from: string;
                met: boolean;
                percent: number | null;
                targetId: string;
                text: string;
                to: string;
                value: number;
            }[];
            text: string;
            unitLabel: string;
        }[];
        to: string;
        unitId: string;
    };
    ProgressOverview: {
        from: string;
        indicators: {
            /** @enum {string} */
            aggregation: "sum" | "count" | "ratio";
            code: string;
            id: string;
            manual: boolean;
            name: string;
            unitLabel: string;
        }[];
        rows: {
            cells: {
                actual: number;
                /** @description Chỉ có ở chỉ tiêu tỷ lệ */
                denominator?: number;
                indicatorId: string;
                met?: boolean;
                percent?: number | null;
                target?: number;
            }[];
            kind: string;
            name: string;
            unitId: string;
        }[];
        to: string;
        unitId: string;
    };
    PublicDisclosure: {
        byBank: {
            bank: string;
            cash: number;
            count: number;
            goods: number;
        }[];
        byDay: {
            balance: number;
            cash: number;
            count: number;
            date: string;
            goods: number;
            out: number;
        }[];
        commune: {
            id: string;
            kind: string;
            name: string;
        };
        /** @description Số lượt ủng hộ khớp tìm kiếm (tối đa 5.000 khi countCapped). */
        count: number;
        countCapped: boolean;
        date: string | null;
        drive: {
            code: string;
            from: string;
            id: string;
            name: string;
            target: number | null;
            to: string;
        };
        fund: {
            name: string;
        };
        items: {
            amount: number;
            bank: string | null;
            bankRef: string | null;
            date: string;
            /** @enum {string} */
            donorKind: "person" | "household" | "organization" | "business" | "anonymous";
            donorName: string;
            inKindDescription: string | null;
            inKindValue: number;
            method: string;
            receiptNo: string;
        }[];
        nextCursor: string | null;
        payouts: {
            amount: number;
            date: string;
            decisionRef: string | null;
            /** @enum {string} */
            kind: "payout" | "transfer_up";
            payoutNo: string | null;
            purpose: string;
            recipient: string;
        }[];
        payoutsCursors: {
            nextCursor: string | null;
            prevCursor: string | null;
        };
        prevCursor: string | null;
        q: string;
        /** @description Tổng tiền và hiện vật của các lượt khớp; null khi countCapped. */
        total: number | null;
        totals: {
            balance: number;
            cash: number;
            count: number;
            goods: number;
            paidOut: number;
            total: number;
            transferredUp: number;
        };
    };
    PublicGoods: {
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
        received: {
            date: string;
            donor: string;
            item: string;
            number: string;
            quantity: number;
            unit: string;
            value: number;
        }[];
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
        sourceKind: "manual" | "meeting_invitation" | "meeting_minutes" | "report" | "petition_synthesis" | "consultation_synthesis" | "supervision" | "drive_disclosure" | "evaluation_list";
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
}
