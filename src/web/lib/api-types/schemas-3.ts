/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface Schemas3 {
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
    PublicDrivesPage: {
        items: {
            code: string;
            /** @description Trang công khai trên cổng thông tin. */
            disclosureUrl: string;
            from: string;
            fundName: string;
            id: string;
            name: string;
            to: string;
            unit: {
                id: string;
                level: string;
                /** @description Tên kèm cấp: "tỉnh Tuyên Quang", "xã Hồng Sơn". */
                name: string;
            };
        }[];
        nextCursor: string | null;
    };
}
