package org.highneeds.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.highneeds.model.Assumption;
import org.highneeds.model.Band;
import org.highneeds.model.BudgetLine;
import org.highneeds.model.CapacityRecord;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.Contract;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.FeeUpliftRequest;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.IndicatorDefinition;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.Placement;
import org.highneeds.model.PlannedPlaces;
import org.highneeds.model.Provision;
import org.highneeds.model.Setting;
import org.highneeds.model.provider.AssumptionItemProvider;
import org.highneeds.model.provider.BandItemProvider;
import org.highneeds.model.provider.BudgetLineItemProvider;
import org.highneeds.model.provider.CapacityRecordItemProvider;
import org.highneeds.model.provider.ComparatorMemberItemProvider;
import org.highneeds.model.provider.ComparatorSetItemProvider;
import org.highneeds.model.provider.ContractItemProvider;
import org.highneeds.model.provider.EhcpCohortItemProvider;
import org.highneeds.model.provider.FeeUpliftRequestItemProvider;
import org.highneeds.model.provider.HighNeedsItemProviderAdapterFactory;
import org.highneeds.model.provider.IndicatorDefinitionItemProvider;
import org.highneeds.model.provider.LocalAreaModelItemProvider;
import org.highneeds.model.provider.LocalAuthorityItemProvider;
import org.highneeds.model.provider.PlacementItemProvider;
import org.highneeds.model.provider.PlannedPlacesItemProvider;
import org.highneeds.model.provider.ProvisionItemProvider;
import org.highneeds.model.provider.SettingItemProvider;

/**
 * The item provider adapter factory to use for High Needs models: the generated one with meaningful labels
 * (see {@link ItemLabels}). Register this class, not the generated factory, in plugin.xml and editors.
 */
public class LabelledItemProviderAdapterFactory extends HighNeedsItemProviderAdapterFactory {

    @Override
    public Adapter createPlacementAdapter() {
        if (placementItemProvider == null) {
            placementItemProvider = new PlacementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.placement((Placement) object);
                }

                @Override
                public void notifyChanged(Notification notification) {
                    // The label shows the setting's name: changing the setting or provision must refresh it too.
                    switch (notification.getFeatureID(Placement.class)) {
                        case HighNeedsPackage.PLACEMENT__SETTING, HighNeedsPackage.PLACEMENT__PROVISION ->
                            fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                        default -> super.notifyChanged(notification);
                    }
                }
            };
        }
        return placementItemProvider;
    }

    @Override
    public Adapter createLocalAreaModelAdapter() {
        if (localAreaModelItemProvider == null) {
            localAreaModelItemProvider = new LocalAreaModelItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.area((LocalAreaModel) object);
                }

                @Override
                public void notifyChanged(Notification notification) {
                    // The label names the area's LA: choosing another LA must refresh it.
                    if (notification.getFeatureID(LocalAreaModel.class) == HighNeedsPackage.LOCAL_AREA_MODEL__LOCAL_AUTHORITY) {
                        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                    } else {
                        super.notifyChanged(notification);
                    }
                }
            };
        }
        return localAreaModelItemProvider;
    }

    @Override
    public Adapter createEhcpCohortAdapter() {
        if (ehcpCohortItemProvider == null) {
            ehcpCohortItemProvider = new EhcpCohortItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.ehcpCohort((EhcpCohort) object);
                }
            };
        }
        return ehcpCohortItemProvider;
    }

    @Override
    public Adapter createSettingAdapter() {
        if (settingItemProvider == null) {
            settingItemProvider = new SettingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.setting((Setting) object);
                }
            };
        }
        return settingItemProvider;
    }

    @Override
    public Adapter createProvisionAdapter() {
        if (provisionItemProvider == null) {
            provisionItemProvider = new ProvisionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.provision((Provision) object);
                }
            };
        }
        return provisionItemProvider;
    }

    @Override
    public Adapter createContractAdapter() {
        if (contractItemProvider == null) {
            contractItemProvider = new ContractItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.contract((Contract) object);
                }
            };
        }
        return contractItemProvider;
    }

    @Override
    public Adapter createLocalAuthorityAdapter() {
        if (localAuthorityItemProvider == null) {
            localAuthorityItemProvider = new LocalAuthorityItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.localAuthority((LocalAuthority) object);
                }
            };
        }
        return localAuthorityItemProvider;
    }

    @Override
    public Adapter createComparatorSetAdapter() {
        if (comparatorSetItemProvider == null) {
            comparatorSetItemProvider = new ComparatorSetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.comparatorSet((ComparatorSet) object);
                }
            };
        }
        return comparatorSetItemProvider;
    }

    @Override
    public Adapter createComparatorMemberAdapter() {
        if (comparatorMemberItemProvider == null) {
            comparatorMemberItemProvider = new ComparatorMemberItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.comparatorMember((ComparatorMember) object);
                }
            };
        }
        return comparatorMemberItemProvider;
    }

    @Override
    public Adapter createCapacityRecordAdapter() {
        if (capacityRecordItemProvider == null) {
            capacityRecordItemProvider = new CapacityRecordItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.capacityRecord((CapacityRecord) object);
                }
            };
        }
        return capacityRecordItemProvider;
    }

    @Override
    public Adapter createBudgetLineAdapter() {
        if (budgetLineItemProvider == null) {
            budgetLineItemProvider = new BudgetLineItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.budgetLine((BudgetLine) object);
                }
            };
        }
        return budgetLineItemProvider;
    }

    @Override
    public Adapter createBandAdapter() {
        if (bandItemProvider == null) {
            bandItemProvider = new BandItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.band((Band) object);
                }
            };
        }
        return bandItemProvider;
    }

    @Override
    public Adapter createFeeUpliftRequestAdapter() {
        if (feeUpliftRequestItemProvider == null) {
            feeUpliftRequestItemProvider = new FeeUpliftRequestItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.feeUplift((FeeUpliftRequest) object);
                }
            };
        }
        return feeUpliftRequestItemProvider;
    }

    @Override
    public Adapter createPlannedPlacesAdapter() {
        if (plannedPlacesItemProvider == null) {
            plannedPlacesItemProvider = new PlannedPlacesItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.plannedPlaces((PlannedPlaces) object);
                }
            };
        }
        return plannedPlacesItemProvider;
    }

    @Override
    public Adapter createIndicatorDefinitionAdapter() {
        if (indicatorDefinitionItemProvider == null) {
            indicatorDefinitionItemProvider = new IndicatorDefinitionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.indicator((IndicatorDefinition) object);
                }
            };
        }
        return indicatorDefinitionItemProvider;
    }

    @Override
    public Adapter createAssumptionAdapter() {
        if (assumptionItemProvider == null) {
            assumptionItemProvider = new AssumptionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.assumption((Assumption) object);
                }
            };
        }
        return assumptionItemProvider;
    }

    /** Returns the root adapter factory, for callers that compose this one with others. */
    public AdapterFactory root() {
        return getRootAdapterFactory();
    }
}
