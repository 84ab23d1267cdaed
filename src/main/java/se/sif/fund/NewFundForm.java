package se.sif.fund;

import java.util.ArrayList;
import java.util.List;

/** The administrator's new fund as typed on the page. */
class NewFundForm {

    private String name;
    private Long ownerOrganisationId;
    private List<Long> coOwnerIds = new ArrayList<>();
    private String purpose;
    private FundLedger.EconomicModel model;
    private boolean carryOver;
    private String focus;
    private Integer focusFrom;
    private Integer focusTo;

    FundLedger.NewFund toNewFund() {
        return new FundLedger.NewFund(name, ownerOrganisationId == null ? -1 : ownerOrganisationId, coOwnerIds, purpose, model,
                carryOver, focus, focusFrom, focusTo);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(Long ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
    public List<Long> getCoOwnerIds() { return coOwnerIds; }
    public void setCoOwnerIds(List<Long> coOwnerIds) { this.coOwnerIds = coOwnerIds; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public FundLedger.EconomicModel getModel() { return model; }
    public void setModel(FundLedger.EconomicModel model) { this.model = model; }
    public boolean isCarryOver() { return carryOver; }
    public void setCarryOver(boolean carryOver) { this.carryOver = carryOver; }
    public String getFocus() { return focus; }
    public void setFocus(String focus) { this.focus = focus; }
    public Integer getFocusFrom() { return focusFrom; }
    public void setFocusFrom(Integer focusFrom) { this.focusFrom = focusFrom; }
    public Integer getFocusTo() { return focusTo; }
    public void setFocusTo(Integer focusTo) { this.focusTo = focusTo; }
}
