using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Campus.Testing;

/// <summary>Submits a page's form the way a browser would: every field as the page filled it, with some changed.</summary>
public static class FormSubmission
{
    /// <summary>
    /// Loads <paramref name="pagePath"/>, takes the form matching <paramref name="formSelector"/> with all its
    /// values (checked boxes only), replaces the fields named in <paramref name="changes"/> (an empty array drops
    /// a field, as an unticked box) and posts it to <paramref name="action"/>, or to the form's own action.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this PortalClient client, string pagePath, string formSelector, IReadOnlyDictionary<string, string[]> changes, string? action = null)
    {
        var page = await client.GetDocumentAsync(pagePath);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"{pagePath} has no form matching {formSelector}.");
        var fields = Fields(form).Where(f => !changes.ContainsKey(f.Key)).ToList();
        fields.AddRange(changes.SelectMany(c => c.Value.Select(v => new KeyValuePair<string, string>(c.Key, v))));
        var target = action ?? (string.IsNullOrEmpty(form.GetAttribute("action")) ? pagePath : form.GetAttribute("action")!);
        return await client.Http.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public static IEnumerable<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    continue;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        yield return new(name, input.Value);
                    }

                    break;
                case IHtmlInputElement input:
                    yield return new(name, input.Value);
                    break;
                case IHtmlSelectElement select:
                    yield return new(name, select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? "");
                    break;
                case IHtmlTextAreaElement textArea:
                    yield return new(name, textArea.Value);
                    break;
            }
        }
    }

    public static Dictionary<string, string[]> Change(params (string Name, string Value)[] changes) =>
        changes.ToDictionary(c => c.Name, c => new[] { c.Value });
}
