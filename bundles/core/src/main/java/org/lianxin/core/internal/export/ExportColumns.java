package org.lianxin.core.internal.export;

import java.util.ArrayList;
import java.util.List;

import org.lianxin.api.dto.ExportColumn;
import org.lianxin.api.dto.ExportKind;

/** The columns of each export: stable keys (for programs) and Chinese headers (for people). */
final class ExportColumns {
    private ExportColumns() {
    }

    static List<ExportColumn> of(ExportKind kind) {
        switch (kind) {
        case LEDGER:
            return cols("ledgerNo", "编号", "title", "标题", "kind", "类型", "category", "分类", "state", "办理状态",
                    "region", "提出地区", "deputies", "提出代表", "leadUnit", "主办单位", "coUnits", "协办单位",
                    "assignedOn", "交办日期", "deadline", "办理期限", "repliedAt", "答复时间", "resultClass", "答复类别",
                    "rating", "代表评价", "supervised", "重点督办", "overdue", "是否超期", "createdAt", "登记时间");
        case ASSIGNMENTS:
            return cols("ledgerNo", "编号", "title", "标题", "routeTier", "办理层级", "leadUnit", "主办单位",
                    "coUnits", "协办单位", "assignedOn", "交办日期", "deadline", "办理期限", "extensionDays", "申请延期天数",
                    "state", "办理状态", "overdue", "是否超期");
        case STATISTICS:
            return cols("key", "项目代码", "label", "项目", "raised", "提出数", "completed", "办结数",
                    "completionRate", "办结率(%)", "solved", "办成数", "successRate", "办成率(%)", "replied", "答复数",
                    "classA", "A类", "classB", "B类", "classC", "C类", "aShare", "A类占比(%)", "evaluated", "已评价数",
                    "satisfactionRate", "满意率(%)", "onTime", "按期答复数", "onTimeRate", "按期答复率(%)",
                    "overdueOpen", "超期未答复");
        case SCORES:
            return cols("rank", "名次", "deputyId", "代表编号", "name", "姓名", "region", "所在地区", "total", "积分",
                    "grade", "考核等次", "reminder", "提醒谈话");
        default:
            throw new IllegalArgumentException(kind.name());
        }
    }

    private static List<ExportColumn> cols(String... keyAndZh) {
        List<ExportColumn> out = new ArrayList<>();
        for (int i = 0; i < keyAndZh.length; i += 2) {
            out.add(new ExportColumn(keyAndZh[i], keyAndZh[i + 1]));
        }
        return List.copyOf(out);
    }
}
