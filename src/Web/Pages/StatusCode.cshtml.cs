using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Campus.Web.Pages;

/// <summary>The body of every error status; a hidden student and a missing one get this same 404 page.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    /// <summary>A failed POST is re-executed as a POST; it gets the same page.</summary>
    public void OnPost(int code) => Code = code;
}
