namespace LlmWatch.Core.Pricing;

/// <summary>Turns a logged <c>modelId</c> into the lower-case id that price rules match, and says what kind of id it was.</summary>
internal static class ModelIdNormalizer
{
    // Geographic cross-region inference prefixes. `global.` is not one of them: the dataset prices global
    // profiles of recent models about 10% below regional ones, so it is never stripped.
    private static readonly string[] GeoPrefixes = ["us.", "us-gov.", "eu.", "apac.", "au.", "jp.", "ca.", "in."];

    /// <summary>The part after the last '/' for an ARN, the id itself otherwise, lower-cased.</summary>
    public static string Normalize(string loggedId, out ModelIdKind kind)
    {
        var id = loggedId.Trim();
        if (id.StartsWith("arn:", StringComparison.OrdinalIgnoreCase))
        {
            kind = ArnKind(id);
            var slash = id.LastIndexOf('/');
            id = slash >= 0 ? id[(slash + 1)..] : id;
            return id.ToLowerInvariant();
        }
        id = id.ToLowerInvariant();
        kind = id.StartsWith("global.", StringComparison.Ordinal) ? ModelIdKind.GlobalProfile
            : HasGeoPrefix(id) >= 0 ? ModelIdKind.GeoProfile
            : ModelIdKind.BaseModel;
        return id;
    }

    /// <summary>The id without its geographic prefix (<c>us.anthropic.x</c> → <c>anthropic.x</c>), or null when it has none.</summary>
    public static string? StripGeoPrefix(string normalizedId)
    {
        var length = HasGeoPrefix(normalizedId);
        return length < 0 ? null : normalizedId[length..];
    }

    /// <summary>Whether an id of this kind names the model it runs, so dataset rules can price it without an alias.</summary>
    public static bool NamesModel(ModelIdKind kind) => kind is ModelIdKind.BaseModel or ModelIdKind.GeoProfile
        or ModelIdKind.GlobalProfile or ModelIdKind.FoundationModelArn or ModelIdKind.InferenceProfileArn;

    private static int HasGeoPrefix(string id)
    {
        foreach (var prefix in GeoPrefixes)
        {
            if (id.StartsWith(prefix, StringComparison.Ordinal))
                return prefix.Length;
        }
        return -1;
    }

    // arn:partition:service:region:account:resource-type/resource-id (the resource id may itself hold ':' and '/').
    private static ModelIdKind ArnKind(string arn)
    {
        var start = 0;
        for (var i = 0; i < 5; i++)
        {
            var colon = arn.IndexOf(':', start);
            if (colon < 0)
                return ModelIdKind.OtherArn;
            start = colon + 1;
        }
        var slash = arn.IndexOf('/', start);
        var type = slash < 0 ? arn[start..] : arn[start..slash];
        return type.ToLowerInvariant() switch
        {
            "foundation-model" => ModelIdKind.FoundationModelArn,
            "inference-profile" => ModelIdKind.InferenceProfileArn,
            "application-inference-profile" => ModelIdKind.ApplicationInferenceProfileArn,
            "provisioned-model" => ModelIdKind.ProvisionedModelArn,
            "custom-model" or "custom-model-deployment" => ModelIdKind.CustomModelArn,
            "imported-model" => ModelIdKind.ImportedModelArn,
            _ => ModelIdKind.OtherArn,
        };
    }
}
