using System.Text.RegularExpressions;

namespace Fulfillment.SystemTests.Security;

/// <summary>
/// What a leaked credential looks like: any JSON Web Token (every access and ID token of the OpenID provider is one),
/// Login With Amazon's access and refresh tokens and Amazon's restricted data tokens by their prefixes, and the
/// literal secrets a test knows (passwords, client secrets, cookie values).
/// </summary>
public static partial class SecretPatterns
{
    public static IReadOnlyList<string> Find(string text, IEnumerable<string> knownSecrets)
    {
        var found = new List<string>();
        foreach (Match match in Credential().Matches(text))
        {
            // What came before it says which line leaked it; the credential itself is cut short.
            var before = text[Math.Max(0, match.Index - 80)..match.Index].ReplaceLineEndings(" ");
            found.Add($"…{before}{match.Value[..Math.Min(12, match.Value.Length)]}… at {match.Index}");
        }

        found.AddRange(knownSecrets
            .Where(secret => secret.Length >= 8 && text.Contains(secret, StringComparison.Ordinal))
            .Select(secret => $"the known secret {secret[..4]}… at {text.IndexOf(secret, StringComparison.Ordinal)}"));
        return found;
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|Atza\|[A-Za-z0-9]|Atzr\|[A-Za-z0-9]|Atz\.sprdt\|[A-Za-z0-9]")]
    private static partial Regex Credential();
}
