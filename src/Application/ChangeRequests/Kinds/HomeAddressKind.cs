using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests.Kinds;

public sealed class HomeAddressKind(ICampusDbContext db) : IChangeRequestKind
{
    public string Key => "home-address";
    public string TitleKey => "Home address";
    public Type ResourceSource => typeof(CoreKindText);
    public ChangeRequestTarget Target => ChangeRequestTarget.Household;
    public bool AsksEffectiveDate => true;

    public async Task<IReadOnlyList<ChangeRequestFieldDefinition>?> FormAsync(int targetId, CancellationToken cancellationToken)
    {
        var household = await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.Id == targetId, cancellationToken);
        if (household is null)
        {
            return null;
        }

        var a = household.Address;
        return
        [
            new("Street", "Street address", FieldInput.Text, a.Street, Required: true, AutoComplete: "address-line1"),
            new("Line2", "Apartment, suite or unit", FieldInput.Text, a.Line2, AutoComplete: "address-line2"),
            new("City", "City", FieldInput.Text, a.City, Required: true, AutoComplete: "address-level2"),
            new("State", "State", FieldInput.Text, a.State, Required: true, AutoComplete: "address-level1"),
            new("PostalCode", "ZIP code", FieldInput.Text, a.PostalCode, Required: true, AutoComplete: "postal-code"),
        ];
    }

    public (string? Value, string? ErrorKey) Normalize(string field, string? requested, IReadOnlyDictionary<string, string?> allRequested) => field switch
    {
        "Street" => FieldRules.Street(requested),
        "Line2" => FieldRules.Text(requested, required: false),
        "City" => FieldRules.Text(requested, required: true, 64),
        "State" => FieldRules.State(requested),
        "PostalCode" => FieldRules.PostalCode(requested),
        _ => (requested, FieldMessages.Choice),
    };

    public async Task ApplyAsync(ChangeRequest request, IReadOnlyList<ChangeRequestField> accepted, CancellationToken cancellationToken)
    {
        var household = await db.Households.FirstAsync(h => h.Id == request.HouseholdId, cancellationToken);
        var address = household.Address;
        foreach (var field in accepted)
        {
            address = field.Field switch
            {
                "Street" => address with { Street = field.RequestedValue! },
                "Line2" => address with { Line2 = field.RequestedValue },
                "City" => address with { City = field.RequestedValue! },
                "State" => address with { State = field.RequestedValue! },
                "PostalCode" => address with { PostalCode = field.RequestedValue! },
                _ => address,
            };
        }

        household.Address = address;
    }
}
