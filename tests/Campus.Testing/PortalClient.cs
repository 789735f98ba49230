using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Campus.Testing;

/// <summary>An HttpClient that signs in and posts forms the way a browser does, antiforgery token included.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = CampusWebFactory.DemoPassword)
    {
        return await PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public async Task SignInOrThrowAsync(string email, string password = CampusWebFactory.DemoPassword)
    {
        var response = await SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        var response = await http.GetAsync(path);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Loads <paramref name="pagePath"/>, takes the antiforgery token of its first form, and posts the fields to <paramref name="actionPath"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string actionPath, IDictionary<string, string> fields)
    {
        var page = await GetDocumentAsync(pagePath);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pagePath} has no antiforgery token.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await http.PostAsync(actionPath, new FormUrlEncodedContent(form));
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public void Dispose() => http.Dispose();
}
