/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with `npm run gen:api`.
 */

import type { components } from './components';

export interface Schemas2 {
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
        /** @description The issued report’s register number (e.g. 01/BC-BCTMT); null while it is a draft. */
        reportNumber: string | null;
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
        /** @description What the caller may do: plan the festival; change what the report prints (its text, the commended) while it is a draft; issue the report; draft the news post. */
        can: {
            draftNews: boolean;
            edit: boolean;
            editReport: boolean;
            issue: boolean;
        };
        commendations: components["schemas"]["FestivalCommendation"][];
        newsPost: {
            id: string;
            kind: string;
            status: string;
            title: string;
        } | null;
        /** @description The report’s register entry once issued (number, date); null while a draft. */
        report: {
            date: string;
            documentId: string;
            number: string;
            signer: string | null;
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
    FestivalReportIssueRequest: {
        /** Format: date */
        date?: string;
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
}
