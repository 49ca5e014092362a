using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Fulfillment.OrderImport.OperatorsPage.Services;

/// <summary>
/// What a service answered to an operator's action, as the page shows it: the outcome in a sentence and, on a
/// refusal, the ProblemDetails' title, detail and field errors as the owning service wrote them.
/// </summary>
public sealed record ServiceAnswer(string Service, bool Succeeded, int? Status, string Summary, IReadOnlyList<string> Errors)
{
    private const string TempDataKey = "service-answer";

    /// <summary>Keeps the answer for the page the action redirects to.</summary>
    public void Keep(ITempDataDictionary tempData) => tempData[TempDataKey] = JsonSerializer.Serialize(this);

    /// <summary>The answer an action kept, once.</summary>
    public static ServiceAnswer? Take(ITempDataDictionary tempData) =>
        tempData[TempDataKey] is string json ? JsonSerializer.Deserialize<ServiceAnswer>(json) : null;

    public static ServiceAnswer Unreachable(string service, string reason) =>
        new(service, false, null, $"{service} could not be reached: {reason}", []);

    public static ServiceAnswer NotConfigured(string service) =>
        new(service, false, null, $"{service} is not configured (Services__{service}__Url).", []);

    /// <summary>No call is made without a signed-in person: the page never calls a service in its own name.</summary>
    public static ServiceAnswer NoPerson(string service) =>
        new(service, false, null, $"{service} was not called: no signed-in person to act for (sign in again).", []);

    public static async Task<ServiceAnswer> FromAsync(
        string service, string action, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new ServiceAnswer(service, true, status, $"{action}: {service} accepted it ({status}).", []);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var (title, detail, errors) = ReadProblem(body);
        // A route that does not exist answers a bare 404 (at most a title); a missing resource says which in its detail.
        if (detail is null && response.StatusCode == HttpStatusCode.NotFound)
        {
            return new ServiceAnswer(
                service, false, status, $"{action}: {service} does not offer this yet (404 Not Found).", []);
        }

        var summary = $"{action}: {service} refused it ({status} {title ?? response.ReasonPhrase})"
            + (detail is null ? "." : $": {detail}");
        return new ServiceAnswer(service, false, status, summary, errors);
    }

    private static (string? Title, string? Detail, IReadOnlyList<string> Errors) ReadProblem(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, []);
            }

            var errors = new List<string>();
            if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(message => message.ToString())
                        : [field.Value.ToString()];
                    errors.AddRange(messages.Select(message => $"{field.Name}: {message}"));
                }
            }

            return (Text(root, "title"), Text(root, "detail"), errors);
        }
        catch (JsonException)
        {
            return (null, null, []);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
