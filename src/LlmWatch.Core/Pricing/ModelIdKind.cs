namespace LlmWatch.Core.Pricing;

/// <summary>What form a logged <c>modelId</c> takes; decides whether the id alone says which model ran.</summary>
public enum ModelIdKind
{
    /// <summary>A base model id such as <c>anthropic.claude-3-5-sonnet-20240620-v1:0</c>.</summary>
    BaseModel,
    /// <summary>A geographic cross-region profile id (<c>us.</c>, <c>eu.</c>, <c>apac.</c>, <c>au.</c>, <c>jp.</c>, …).</summary>
    GeoProfile,
    /// <summary>A global cross-region profile id (<c>global.</c>).</summary>
    GlobalProfile,
    /// <summary><c>arn:…:foundation-model/{base id}</c>.</summary>
    FoundationModelArn,
    /// <summary><c>arn:…:inference-profile/{profile id}</c>.</summary>
    InferenceProfileArn,
    /// <summary><c>arn:…:application-inference-profile/{random id}</c>: the model is known only through an override alias.</summary>
    ApplicationInferenceProfileArn,
    /// <summary><c>arn:…:provisioned-model/{id}</c>: billed by the hour, priced only through an override alias.</summary>
    ProvisionedModelArn,
    /// <summary><c>arn:…:custom-model/…</c>: priced only through an override alias.</summary>
    CustomModelArn,
    /// <summary><c>arn:…:imported-model/{id}</c>: priced only through an override alias.</summary>
    ImportedModelArn,
    /// <summary>Any other ARN: priced only through an override alias.</summary>
    OtherArn,
}
