package org.highneeds.model.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.highneeds.model.Contract;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.Placement;
import org.highneeds.model.register.RegisterIssue.Severity;

/**
 * The checked content of a register workbook, not yet applied. Step two is {@link #applyValidRows(LocalAreaModel)}
 * (accepting that rejected rows are left out) or {@link #applyAll(LocalAreaModel)} (only if nothing was rejected).
 */
public final class RegisterImport {

    private final Path file;
    private final LocalAreaModel target;
    private final List<RegisterIssue> issues;
    private final List<RegisterRow> validRows;
    private final List<RegisterRow> rejectedRows;
    private final Map<Placement, String> contractOfPlacement;
    private boolean applied;

    RegisterImport(Path file, LocalAreaModel target, List<RegisterIssue> issues, List<RegisterRow> validRows,
            List<RegisterRow> rejectedRows, Map<Placement, String> contractOfPlacement) {
        this.file = file;
        this.target = target;
        this.issues = List.copyOf(issues);
        this.validRows = List.copyOf(validRows);
        this.rejectedRows = List.copyOf(rejectedRows);
        this.contractOfPlacement = Map.copyOf(contractOfPlacement);
    }

    /** Summary of an applied import. */
    public record Applied(int contractsCreated, int contractsUpdated, int placementsCreated, int placementsUpdated) {
    }

    /** Returns the workbook read. */
    public Path file() {
        return file;
    }

    /** Returns every issue (errors and warnings) in sheet and row order. */
    public List<RegisterIssue> issues() {
        return issues;
    }

    /** Returns the errors only: rejected rows, and problems with the workbook or a sheet's layout. */
    public List<RegisterIssue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    /** True if any row or sheet was rejected. */
    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** Returns the rows that can be applied. */
    public List<RegisterRow> validRows() {
        return validRows;
    }

    /** Returns the rows refused, each with at least one ERROR issue naming the row. */
    public List<RegisterRow> rejectedRows() {
        return rejectedRows;
    }

    /** True once the rows were applied to the model (an import is applied once). */
    public boolean isApplied() {
        return applied;
    }

    /** Applies the whole import; refuses (changing nothing) if any row or sheet was rejected. */
    public Applied applyAll(LocalAreaModel model) {
        if (hasErrors()) {
            throw new IllegalStateException("The register " + file + " has " + errors().size()
                    + " errors; nothing was applied. Accept the valid rows with applyValidRows, or fix the file.");
        }
        return applyValidRows(model);
    }

    /**
     * Applies the valid rows to the model read against: contracts by reference and placements by child reference +
     * start date are updated if present, else added. Rejected rows are left out. Can be applied once.
     */
    public Applied applyValidRows(LocalAreaModel model) {
        if (model != target) {
            throw new IllegalArgumentException("This register import was checked against another model; read it again "
                    + "for this one.");
        }
        if (applied) {
            throw new IllegalStateException("This register import has already been applied.");
        }
        applied = true;
        int contractsCreated = 0;
        int contractsUpdated = 0;
        int placementsCreated = 0;
        int placementsUpdated = 0;
        Map<String, Contract> contracts = new HashMap<>();
        for (Contract contract : model.getContracts()) {
            if (contract.getReference() != null) {
                contracts.putIfAbsent(contract.getReference(), contract);
            }
        }
        for (RegisterRow row : validRows) {
            if (row.staged() instanceof Contract staged) {
                Contract existing = contracts.get(staged.getReference());
                if (existing == null) {
                    model.getContracts().add(staged);
                    contracts.put(staged.getReference(), staged);
                    contractsCreated++;
                } else {
                    copy(staged, existing);
                    contractsUpdated++;
                }
            }
        }
        Map<String, Placement> placements = new HashMap<>();
        for (Placement placement : model.getPlacements()) {
            placements.putIfAbsent(placement.getChildRef() + "@" + placement.getStartDate(), placement);
        }
        for (RegisterRow row : validRows) {
            if (row.staged() instanceof Placement staged) {
                String reference = contractOfPlacement.get(staged);
                Placement existing = placements.get(row.key());
                Placement placement = existing != null ? existing : staged;
                if (existing == null) {
                    model.getPlacements().add(staged);
                    placements.put(row.key(), staged);
                    placementsCreated++;
                } else {
                    copy(staged, existing);
                    placementsUpdated++;
                }
                placement.setContract(reference == null ? null : contracts.get(reference));
            }
        }
        return new Applied(contractsCreated, contractsUpdated, placementsCreated, placementsUpdated);
    }

    private static void copy(EObject from, EObject to) {
        for (EStructuralFeature feature : from.eClass().getEAllStructuralFeatures()) {
            if (!feature.isChangeable() || feature.isDerived()
                    || feature instanceof EReference reference && (reference.isContainment() || reference.getEOpposite() != null)) {
                continue;
            }
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) to.eGet(feature);
                values.clear();
                values.addAll(new ArrayList<>((List<?>) from.eGet(feature)));
            } else if (feature instanceof EAttribute && feature.isUnsettable() && !from.eIsSet(feature)) {
                to.eUnset(feature);
            } else if (!sameAmount(from.eGet(feature), to.eGet(feature))) {
                to.eSet(feature, from.eGet(feature));
            }
        }
    }

    private static boolean sameAmount(Object a, Object b) {
        // Excel drops trailing zeros (62000.00 comes back as 62000): same amount, so keep the model's value.
        return a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y && x.compareTo(y) == 0;
    }

    static {
        HighNeedsPackage.eINSTANCE.eClass();
    }
}
