using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests.Kinds;

public sealed class GuardianContactKind(ICampusDbContext db) : IChangeRequestKind
{
    public string Key => "guardian-contact";
    public string TitleKey => "Guardian phone and email";
    public Type ResourceSource => typeof(CoreKindText);
    public ChangeRequestTarget Target => ChangeRequestTarget.Guardian;
    public bool AsksEffectiveDate => false;

    public async Task<IReadOnlyList<ChangeRequestFieldDefinition>?> FormAsync(int targetId, CancellationToken cancellationToken)
    {
        var g = await db.Guardians.AsNoTracking().FirstOrDefaultAsync(x => x.Id == targetId, cancellationToken);
        if (g is null)
        {
            return null;
        }

        return
        [
            new("CellPhone", "Cell phone", FieldInput.Telephone, g.CellPhone, AutoComplete: "tel"),
            new("WorkPhone", "Other phone", FieldInput.Telephone, g.WorkPhone, AutoComplete: "tel"),
            new("Email", "Email", FieldInput.Email, g.Email, AutoComplete: "email"),
        ];
    }

    public (string? Value, string? ErrorKey) Normalize(string field, string? requested, IReadOnlyDictionary<string, string?> allRequested) => field switch
    {
        "CellPhone" or "WorkPhone" => FieldRules.Phone(requested, required: false),
        "Email" => FieldRules.Email(requested, required: false),
        _ => (requested, FieldMessages.Choice),
    };

    public async Task ApplyAsync(ChangeRequest request, IReadOnlyList<ChangeRequestField> accepted, CancellationToken cancellationToken)
    {
        var guardian = await db.Guardians.FirstAsync(g => g.Id == request.SubjectGuardianId, cancellationToken);
        foreach (var field in accepted)
        {
            switch (field.Field)
            {
                case "CellPhone": guardian.CellPhone = field.RequestedValue; break;
                case "WorkPhone": guardian.WorkPhone = field.RequestedValue; break;
                case "Email": guardian.Email = field.RequestedValue; break;
            }
        }
    }
}
