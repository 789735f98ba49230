using Campus.Application.ChangeRequests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Campus.Web.Pages.Requests;

/// <summary>
/// The form for one kind of request about one household, student or guardian. It starts from the current values;
/// what the parent changes becomes the request. Bad values are shown beside their field and nothing is lost.
/// </summary>
public sealed class NewModel(
    ChangeRequestKinds kinds,
    ChangeRequestTargets targets,
    SubmitChangeRequestCommand submit,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public IChangeRequestKind Kind { get; private set; } = null!;

    public string TargetName { get; private set; } = "";

    public IReadOnlyList<string> AffectedStudents { get; private set; } = [];

    public IReadOnlyList<ChangeRequestFieldDefinition> Form { get; private set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public DateOnly? EffectiveDate { get; set; }

    public IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = new Dictionary<string, string>();

    public string? FormError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int targetId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, targetId, cancellationToken))
        {
            return NotFound();
        }

        Values = Form.ToDictionary(f => f.Field, f => f.CurrentValue);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int targetId, CancellationToken cancellationToken)
    {
        if (ModelState[nameof(EffectiveDate)]?.Errors.Count > 0)
        {
            // Not a date at all: say so beside the field and keep everything else the parent typed.
            if (!await LoadAsync(kind, targetId, cancellationToken))
            {
                return NotFound();
            }

            FieldErrors = new Dictionary<string, string> { [SubmitChangeRequestCommand.EffectiveDateField] = SubmitChangeRequestCommand.EffectiveDateOutOfRangeKey };
            return Page();
        }

        var result = await submit.RunAsync(new SubmitChangeRequest(kind, targetId, Values, EffectiveDate), cancellationToken);
        if (result.NotFound || !await LoadAsync(kind, targetId, cancellationToken))
        {
            return NotFound();
        }

        if (result.RequestId is not null)
        {
            TempData[nameof(IndexModel.Notice)] = text["Your request was sent to school staff. You will get an email when they decide."].Value;
            return RedirectToPage("/Requests/Index");
        }

        FieldErrors = result.FieldErrors;
        FormError = result.FormErrorKey;
        return Page();
    }

    private async Task<bool> LoadAsync(string kind, int targetId, CancellationToken cancellationToken)
    {
        if (kinds.Find(kind) is not { } found
            || !await targets.CanRequestAsync(found, targetId, cancellationToken)
            || await found.FormAsync(targetId, cancellationToken) is not { } form)
        {
            return false;
        }

        Kind = found;
        Form = form;
        TargetName = await targets.NameAsync(found.Target, targetId, cancellationToken);
        if (found.Target == ChangeRequestTarget.Household)
        {
            AffectedStudents = await targets.HouseholdStudentNamesAsync(targetId, cancellationToken);
        }

        return true;
    }
}
