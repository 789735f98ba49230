using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;

namespace Campus.Application.ChangeRequests;

public sealed record SubmitChangeRequest(string Kind, int TargetId, IReadOnlyDictionary<string, string?> Values, DateOnly? EffectiveDate);

/// <summary>
/// The outcome of a submission: the new request's id, or messages keyed by field (resource keys of the kind), or a
/// message for the whole form, or <see cref="NotFound"/> for a kind or target the parent may not ask about.
/// </summary>
public sealed record SubmitChangeRequestResult(int? RequestId, IReadOnlyDictionary<string, string> FieldErrors, string? FormErrorKey, bool NotFound)
{
    public static readonly SubmitChangeRequestResult Missing = new(null, new Dictionary<string, string>(), null, NotFound: true);
}

/// <summary>A parent asks for a change. Only fields whose value differs from the current one become the request.</summary>
public sealed class SubmitChangeRequestCommand(ICampusDbContext db, ICurrentUser user, ChangeRequestKinds kinds, ChangeRequestTargets targets, DistrictClock clock)
{
    public const string NothingChangedKey = "Nothing was changed. Change at least one field before sending the request.";

    /// <summary>The field name under which an effective-date problem is reported.</summary>
    public const string EffectiveDateField = "EffectiveDate";

    public const string EffectiveDateOutOfRangeKey = "Enter a date within a year from today, or leave it empty for as soon as approved.";

    public async Task<SubmitChangeRequestResult> RunAsync(SubmitChangeRequest command, CancellationToken cancellationToken)
    {
        if (user.GuardianId is not int guardianId
            || kinds.Find(command.Kind) is not { } kind
            || !await targets.CanRequestAsync(kind, command.TargetId, cancellationToken)
            || await kind.FormAsync(command.TargetId, cancellationToken) is not { } form)
        {
            return SubmitChangeRequestResult.Missing;
        }

        var current = form.ToDictionary(f => f.Field, f => f.CurrentValue);
        var errors = new Dictionary<string, string>();
        var changes = new List<ChangeRequestField>();
        foreach (var definition in form)
        {
            var requested = command.Values.GetValueOrDefault(definition.Field);
            if (Same(requested, definition.CurrentValue))
            {
                continue;
            }

            var (value, errorKey) = kind.Normalize(definition.Field, requested, command.Values);
            if (errorKey is not null)
            {
                errors[definition.Field] = errorKey;
                continue;
            }

            // Compare like with like: a stored "720.555.0110" and a typed "(720) 555-0110" are the same number.
            var (currentValue, currentError) = kind.Normalize(definition.Field, definition.CurrentValue, current);
            if (Same(value, currentError is null ? currentValue : definition.CurrentValue))
            {
                continue;
            }

            changes.Add(new ChangeRequestField
            {
                Field = definition.Field,
                Label = definition.LabelKey,
                Subject = string.IsNullOrEmpty(definition.Group) ? null : definition.Group,
                ValueAtSubmission = definition.CurrentValue,
                RequestedValue = value,
            });
        }

        if (kind.AsksEffectiveDate && command.EffectiveDate is { } effective
            && (effective < clock.Today.AddYears(-1) || effective > clock.Today.AddYears(1)))
        {
            errors[EffectiveDateField] = EffectiveDateOutOfRangeKey;
        }

        if (errors.Count > 0)
        {
            return new SubmitChangeRequestResult(null, errors, null, NotFound: false);
        }

        if (changes.Count == 0)
        {
            return new SubmitChangeRequestResult(null, errors, NothingChangedKey, NotFound: false);
        }

        var request = new ChangeRequest
        {
            Kind = kind.Key,
            RequestedByGuardianId = guardianId,
            HouseholdId = kind.Target == ChangeRequestTarget.Household ? command.TargetId : null,
            StudentId = kind.Target == ChangeRequestTarget.Student ? command.TargetId : null,
            SubjectGuardianId = kind.Target == ChangeRequestTarget.Guardian ? command.TargetId : null,
            EffectiveDate = kind.AsksEffectiveDate ? command.EffectiveDate : null,
            SubmittedAtUtc = clock.UtcNow,
            Fields = changes,
        };
        foreach (var schoolId in await targets.ReviewingSchoolsAsync(kind.Target, command.TargetId, cancellationToken))
        {
            request.Schools.Add(new ChangeRequestSchool { SchoolId = schoolId });
        }

        db.ChangeRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitChangeRequestResult(request.Id, errors, null, NotFound: false);
    }

    private static bool Same(string? a, string? b) =>
        string.Equals(string.IsNullOrWhiteSpace(a) ? null : a.Trim(), string.IsNullOrWhiteSpace(b) ? null : b.Trim(), StringComparison.Ordinal);
}
