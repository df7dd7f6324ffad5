package org.highneeds.model.edit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.highneeds.model.Assumption;
import org.highneeds.model.Band;
import org.highneeds.model.BudgetLine;
import org.highneeds.model.CapacityRecord;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.Contract;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.FeeUpliftRequest;
import org.highneeds.model.IndicatorDefinition;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.Placement;
import org.highneeds.model.PlannedPlaces;
import org.highneeds.model.Provision;
import org.highneeds.model.Setting;

/** Labels of model objects as shown in trees, tables and property sheets. */
public final class ItemLabels {

    private ItemLabels() {
    }

    /** "C001 - Oak Park School (ASD)": child reference, setting (or the provision's host) and primary need. */
    public static String placement(Placement p) {
        Setting setting = p.getSetting() != null ? p.getSetting()
                : p.getProvision() != null ? p.getProvision().getHost() : null;
        String where = setting != null && setting.getName() != null ? setting.getName() : "no setting";
        String need = p.isSetPrimaryNeed() ? p.getPrimaryNeed().getLiteral() : "need not recorded";
        return or(p.getChildRef(), "(no child reference)") + " - " + where + " (" + need + ")";
    }

    /** "January 2025: 128 EHC plans (Independent special school, ASD)"; a total says "all placements, all needs". */
    public static String ehcpCohort(EhcpCohort c) {
        String placement = c.isSetPlacementCategory() ? ModelLabels.literal(c.getPlacementCategory()) : null;
        String need = c.isSetPrimaryNeed() ? c.getPrimaryNeed().getLiteral() : null;
        String what = placement == null && need == null ? "all placements, all needs"
                : placement == null ? need : need == null ? placement : placement + ", " + need;
        return (c.getCensusYear() != null ? "January " + c.getCensusYear() : "(no year)") + ": "
                + or(c.getCount(), "?") + " EHC plans (" + what + ")";
    }

    /** "Oak Park School (URN 100001)". */
    public static String setting(Setting s) {
        return or(s.getName(), "(unnamed setting)") + (s.getUrn() != null ? " (URN " + s.getUrn() + ")" : "");
    }

    /** "ASD base at Oak Park School - 12 places". */
    public static String provision(Provision p) {
        StringBuilder label = new StringBuilder(or(p.getName(), or(p.getCode(), "(unnamed provision)")));
        if (p.getHost() != null && p.getHost().getName() != null) {
            label.append(" at ").append(p.getHost().getName());
        }
        if (p.getFullTimePlaces() != null) {
            label.append(" - ").append(p.getFullTimePlaces()).append(" places");
        }
        return label.toString();
    }

    /** "CT-001 Acorn Care (Block contract, 6 places)". */
    public static String contract(Contract c) {
        StringBuilder label = new StringBuilder(or(c.getReference(), "(no reference)"));
        if (c.getProvider() != null) {
            label.append(' ').append(c.getProvider());
        }
        if (c.isSetKind() || c.getPlaces() != null) {
            label.append(" (");
            if (c.isSetKind()) {
                label.append(c.getKind().getName().toLowerCase(Locale.ROOT));
            }
            if (c.getPlaces() != null) {
                label.append(c.isSetKind() ? ", " : "").append(c.getPlaces()).append(" places");
            }
            label.append(')');
        }
        return label.toString();
    }

    /** "Barnet SEND planning 2024-25 (LA 302 Barnet)": the area's name and its LA. */
    public static String area(LocalAreaModel a) {
        String name = or(a.getName(), "(unnamed local area)");
        return a.getLocalAuthority() == null ? name : name + " (LA " + localAuthority(a.getLocalAuthority()) + ")";
    }

    /** "Statistical neighbours (May 2025)": the set's name, else what kind of set it is. */
    public static String comparatorSet(ComparatorSet c) {
        if (c.getName() != null && !c.getName().isBlank()) {
            return c.getName();
        }
        return c.isSetKind() ? ModelLabels.literal(c.getKind()) : "(unnamed comparator set)";
    }

    /** "302 Barnet". */
    public static String localAuthority(LocalAuthority la) {
        return (la.getLaCode() != null ? la.getLaCode() + " " : "") + or(la.getName(), "(unnamed LA)");
    }

    /** "1. Enfield (Extremely close)". */
    public static String comparatorMember(ComparatorMember m) {
        String name = m.getAuthority() != null && !m.getAuthority().eIsProxy() ? or(m.getAuthority().getName(), "?") : "(no LA)";
        return (m.getRank() != null ? m.getRank() + ". " : "") + name
                + (m.getProximityLabel() != null ? " (" + m.getProximityLabel() + ")" : "");
    }

    /** "2024/25: 12 on roll / 14 places". */
    public static String capacityRecord(CapacityRecord c) {
        return or(c.getAcademicYear(), "(no year)") + ": " + or(c.getOnRoll(), "?") + " on roll / " + or(c.getPlaces(), "?")
                + " places";
    }

    /** "2023-24 1.2.3 High needs block: budget £1,234,567". */
    public static String budgetLine(BudgetLine b) {
        return or(b.getFinancialYear(), "(no year)") + " " + or(b.getS251Line(), "") + " "
                + or(b.getDescription(), b.isSetBlock() ? b.getBlock().getName().toLowerCase(Locale.ROOT) : "")
                + (b.getBudget() != null ? ": budget " + pounds(b.getBudget()) : "");
    }

    /** "Band 3 - £8,000". */
    public static String band(Band b) {
        return or(b.getName(), "(unnamed band)") + (b.getTopUpValue() != null ? " - " + pounds(b.getTopUpValue()) : "");
    }

    /** "2024-03-01: £52,000 requested, £50,000 agreed". */
    public static String feeUplift(FeeUpliftRequest u) {
        return (u.getDate() != null ? u.getDate() + ": " : "")
                + (u.getRequestedAmount() != null ? pounds(u.getRequestedAmount()) + " requested" : "no amount requested")
                + (u.getAgreedAmount() != null ? ", " + pounds(u.getAgreedAmount()) + " agreed" : "");
    }

    /** "2026/27: +8 ASD places (LA maintained RP)". */
    public static String plannedPlaces(PlannedPlaces p) {
        String places = p.getPlaces() == null ? "?" : (p.getPlaces() > 0 ? "+" : "") + p.getPlaces();
        return or(p.getYear(), "(no year)") + ": " + places + (p.isSetNeed() ? " " + p.getNeed().getLiteral() : "")
                + " places" + (p.isSetProvisionType() ? " (" + p.getProvisionType().getLiteral() + ")" : "");
    }

    /** "EHCPs per 10,000 aged 2-18 (ehcp_rate)". */
    public static String indicator(IndicatorDefinition i) {
        return or(i.getTitle(), "(untitled indicator)") + (i.getId() != null ? " (" + i.getId() + ")" : "");
    }

    /** "EHCP growth = 6 % a year". */
    public static String assumption(Assumption a) {
        return or(a.getName(), "(unnamed)") + " = " + (a.getValue() != null ? a.getValue().toPlainString() : "?")
                + (a.getUnit() != null ? " " + a.getUnit() : "");
    }

    /** Formats pounds the UK way, without pence when whole: "£1,234,567" or "£12.50". */
    public static String pounds(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "£#,##0.00" : "£#,##0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount);
    }

    private static String or(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
