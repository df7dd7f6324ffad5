package org.highneeds.analysis;

/**
 * A local authority as the workspace's LA code list ({@code la} table) describes it.
 *
 * @param laCode DfE 3-digit LA number, e.g. "302"
 * @param name name as published, e.g. "Barnet"
 * @param region region, e.g. "Outer London"; null for England
 * @param laType LA type code: UA, MD, SC, OLB, ILB; null for England
 * @param current false for LAs abolished at a boundary change (their series continue under the successor)
 */
public record LaInfo(String laCode, String name, String region, String laType, boolean current) {

    /** "302 Barnet". */
    public String label() {
        return laCode + " " + name;
    }
}
