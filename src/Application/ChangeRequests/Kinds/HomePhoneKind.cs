using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests.Kinds;

public sealed class HomePhoneKind(ICampusDbContext db) : IChangeRequestKind
{
    public string Key => "home-phone";
    public string TitleKey => "Home phone";
    public Type ResourceSource => typeof(CoreKindText);
    public ChangeRequestTarget Target => ChangeRequestTarget.Household;
    public bool AsksEffectiveDate => false;

    public async Task<IReadOnlyList<ChangeRequestFieldDefinition>?> FormAsync(int targetId, CancellationToken cancellationToken)
    {
        var phone = await db.Households.Where(h => h.Id == targetId).Select(h => new { h.HomePhone }).FirstOrDefaultAsync(cancellationToken);
        return phone is null ? null : [new("HomePhone", "Home phone", FieldInput.Telephone, phone.HomePhone, Required: true, AutoComplete: "tel")];
    }

    public (string? Value, string? ErrorKey) Normalize(string field, string? requested, IReadOnlyDictionary<string, string?> allRequested) =>
        field == "HomePhone" ? FieldRules.Phone(requested, required: true) : (requested, FieldMessages.Choice);

    public async Task ApplyAsync(ChangeRequest request, IReadOnlyList<ChangeRequestField> accepted, CancellationToken cancellationToken)
    {
        var household = await db.Households.FirstAsync(h => h.Id == request.HouseholdId, cancellationToken);
        foreach (var field in accepted.Where(f => f.Field == "HomePhone"))
        {
            household.HomePhone = field.RequestedValue;
        }
    }
}
