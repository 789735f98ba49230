using System.Text.RegularExpressions;
using Campus.Application.Abstractions;
using Campus.Application.ChangeRequests;
using Campus.Application.ChangeRequests.Kinds;
using Campus.Domain.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Probe;

/// <summary>A parent asks to correct a student's state ID: "CO" and 10 digits, typed with or without spaces or dashes.</summary>
public sealed partial class ProbeStateIdKind(ICampusDbContext db) : IChangeRequestKind
{
    public const string KindKey = "probe-state-id";
    public const string Field = "StateId";

    public string Key => KindKey;
    public string TitleKey => ProbeText.KindTitle;
    public Type ResourceSource => typeof(ProbeText);
    public ChangeRequestTarget Target => ChangeRequestTarget.Student;
    public bool AsksEffectiveDate => false;

    public async Task<IReadOnlyList<ChangeRequestFieldDefinition>?> FormAsync(int targetId, CancellationToken cancellationToken)
    {
        var student = await db.Students.Where(s => s.Id == targetId).Select(s => new { s.StateId }).FirstOrDefaultAsync(cancellationToken);
        return student is null ? null : [new(Field, ProbeText.StateIdLabel, FieldInput.Text, student.StateId, Required: true)];
    }

    public (string? Value, string? ErrorKey) Normalize(string field, string? requested, IReadOnlyDictionary<string, string?> allRequested)
    {
        if (field != Field)
        {
            return (requested, FieldMessages.Choice);
        }

        var (text, error) = FieldRules.Text(requested, required: true, 32);
        if (error is not null)
        {
            return (text, error);
        }

        var compact = Separators().Replace(text!, "").ToUpperInvariant();
        return StateIdPattern().IsMatch(compact) ? (compact, null) : (text, ProbeText.StateIdFormat);
    }

    public async Task ApplyAsync(ChangeRequest request, IReadOnlyList<ChangeRequestField> accepted, CancellationToken cancellationToken)
    {
        var student = await db.Students.FirstAsync(s => s.Id == request.StudentId, cancellationToken);
        foreach (var field in accepted.Where(f => f.Field == Field))
        {
            student.StateId = field.RequestedValue;
        }
    }

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^CO\d{10}$")]
    private static partial Regex StateIdPattern();
}
