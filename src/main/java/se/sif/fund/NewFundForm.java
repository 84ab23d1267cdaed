package se.sif.fund;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The administrator's new fund as typed on the page. */
class NewFundForm {

    private @Nullable String name;

    private @Nullable Long ownerOrganisationId;

    private List<Long> coOwnerIds = new ArrayList<>();

    private @Nullable String purpose;

    private FundLedger.@Nullable EconomicModel model;

    private boolean carryOver;

    private @Nullable String focus;

    private @Nullable Integer focusFrom;

    private @Nullable Integer focusTo;

    FundLedger.NewFund toNewFund() {
        return new FundLedger.NewFund(name, ownerOrganisationId == null ? -1 : ownerOrganisationId, coOwnerIds, purpose,
                model, carryOver, focus, focusFrom, focusTo);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public void setOwnerOrganisationId(Long ownerOrganisationId) {
        this.ownerOrganisationId = ownerOrganisationId;
    }

    public List<Long> getCoOwnerIds() {
        return coOwnerIds;
    }

    public void setCoOwnerIds(List<Long> coOwnerIds) {
        this.coOwnerIds = coOwnerIds;
    }

    public @Nullable String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public FundLedger.@Nullable EconomicModel getModel() {
        return model;
    }

    public void setModel(FundLedger.EconomicModel model) {
        this.model = model;
    }

    public boolean isCarryOver() {
        return carryOver;
    }

    public void setCarryOver(boolean carryOver) {
        this.carryOver = carryOver;
    }

    public @Nullable String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public @Nullable Integer getFocusFrom() {
        return focusFrom;
    }

    public void setFocusFrom(Integer focusFrom) {
        this.focusFrom = focusFrom;
    }

    public @Nullable Integer getFocusTo() {
        return focusTo;
    }

    public void setFocusTo(Integer focusTo) {
        this.focusTo = focusTo;
    }

}
