"""Patterns for what a message asks of the assistant itself: manipulation; markup to strip from questions."""

from __future__ import annotations

from assistant.safety.vocabulary import one_of

# Manipulation: one pattern table per kind (reason "manipulation:<kind>")
ROLE = one_of(r"doctor physician oncologist ha?ematologist nurse pharmacist specialist surgeon clinician"
              r" expert medical_(?:professional|expert) healthcare_(?:provider|professional) dr\b therapist"
              r" psychiatrist lawyer character persona ai assistant bot chatbot model hacker pirate human")
DISCLAIMER_WORDS = (r"(?:disclaimers?|caveats?|fine print|small print|boilerplate|not medical advice"
                    r"|medical advice (?:bit|part|line|note|notice|thing|stuff|text|warning)"
                    r"|legal (?:stuff|bit|text|notice|jargon)|safety (?:notice|message|text|note|blurb|stuff"
                    r"|info|warnings?)|warnings?|(?:part|bit|line|sentence|paragraph|stuff|note) about"
                    r" (?:calling|contacting|asking|seeing) (?:the|your) (?:care team|doctor|emergency))")
INSTRUCTION_OBJECT = one_of(r"instructions? rules prompts? directions directives guidelines guidance"
                            r" constraints restrictions guardrails polic(?:y"
                            r"|ies) programming training filters?"
                            r" context everything stuff bits? disclaimers? caveats? warnings?")
DROP = one_of(r"without no skip drop remove omit leave_(?:out|off) lose ditch delete hide cut exclude"
              r" get_rid_of spare_me forget ignore minus sans w/o no_need_for turn_off disable")
MANIPULATION: dict[str, tuple[str, ...]] = {
    "disclaimer": (
        r"\b(?:don't|never|stop|quit)\s+(?:\w+\s+)?(?:includ\w*|add\w*|put\w*|show\w*|giv\w*|need|want"
        rf"|bother\w*|writ\w*|mention\w*|append\w*|attach\w*|us\w*|say\w*|repeat\w*|send\w*)\b[^.?!]{{0,30}}?"
        rf"{DISCLAIMER_WORDS}",
        rf"\b{DROP}\b[^.?!]{{0,30}}?{DISCLAIMER_WORDS}(?<!warning)(?<!warnings)",
        r"\b(?:answer|respond|reply|tell me|say)\b[^.?!]{0,30}\b(?:without|with no|minus|sans)\b[^.?!]{0,20}"
        r"\bwarnings?\b",
        r"\b(?:disclaimers?|caveats?) (?:does not|doesn't|do not|don't|no longer|won't) apply"),
    "role": (
        rf"\byou(?:'re| are) (?:now |actually |really )?(?:a|an|my|the) (?:\w+ )?{ROLE}\b(?! (?:here|of))",
        r"\byou(?:'re| are) now\b",
        rf"\bact (?:as|like) (?:if you were |though you were )?(?:a|an|my|the) (?:\w+ )?{ROLE}\b",
        r"\bpretend (?:to be|you(?:'re| are)|that you|you can|there are no)\b",
        r"\bpretend (?:\w+ ){0,3}(?:disclaimers?|caveats?|rules|guidelines|instructions)\b",
        r"\bimagine (?:you(?:'re| are)|that you)\b", r"\brole-?play\w*|\bpersona\b",
        r"\bjailbr(?:eak|oken)\w*",
        r"\b(?:respond|answer|reply|speak|talk|write|behave) (?:only )?(?:as|like)"
        r" (?:if you were |a |an |my |the |dr\b)",
        r"\b(?:act|behave|pose) (?:as|like) (?:if|though) you\b",
        rf"\b(?:can|could|will|would) you be my (?:\w+ )?{ROLE}\b",
        r"\bfrom now on,? (?:you|respond|answer|reply|act|speak|talk|behave|pretend|be|only|always|never"
        r"|ignore|forget|don't)\b",
        r"\b(?:developer|dev|debug|god|admin|dan|sudo|maintenance|unrestricted) mode\b",
        r"\bdo anything now\b",
        r"\blet's (?:play a game|pretend|roleplay|imagine)\b",
        r"\b(?:unrestricted|uncensored|unfiltered) (?:\w+ )?(?:ai|assistant|bot|model|version|mode"
        r"|answers?)\b",
        r"\byour new (?:role|persona|name|identity|job)\b",
        r"\b(?:play|take on|assume|adopt) (?:the )?(?:role|part|persona) of\b",
        r"\byou(?:'re| are) (?:now )?(?:dan|chatgpt|gpt-?\d*|jailbroken|unrestricted|unfiltered"
        r"|uncensored)\b"),
    "reveal": (
        r"\bsystem (?:prompt|message|instructions?)\b",
        r"\b(?:secret|hidden|internal|private) (?:rules|instructions?|guidelines|prompt|policies|instruction set)\b",
        r"\b(?:rules|instructions|guidelines|policies) (?:that )?you (?:follow|obey|use|were given|must follow)\b",
        r"\byour (?:own |hidden |secret |internal |original |initial )?(?:prompt|instructions?(?: set)?|programming"
        r"|configuration|config|directives|training data|source code|api key|guardrails)\b",
        r"\b(?:initial|original|hidden|secret|developer|base|pre-?)[ -]?prompt\b",
        r"\b(?:show|reveal|print|repeat|tell|give|share|display|output|dump|list|recite|paste|copy|send|leak"
        r"|expose|disclose|summari[sz]e|describe|translate|rewrite|paraphrase|encode|spell out"
        r"|what (?:are|is|were)|what's)\b(?:\s+\S+){0,3}?\s+(?:your|its)\s+(?:\w+\s+){0,2}"
        r"(?:instructions|prompt|directives|configuration|config|settings|programming|source code|code"
        r"|api keys?|keys?|tokens?|passwords?|credentials|secrets?|parameters|training data)\b",
        r"\b(?:show|reveal|print|repeat|dump|recite|paste|copy|leak|output|display)\b(?:\s+\S+){0,3}?"
        r"\s+(?:your|its|the (?:hidden|internal|secret|original|initial|exact|full))\s+(?:\w+\s+)?"
        r"(?:rules|guidelines|polic(?:y|ies)|instructions)\b",
        r"\b(?:print|repeat|output|show|display|echo|dump|recite|copy|reproduce|write out)\s+(?:me\s+)?"
        r"(?:everything|all|all the text|the text|the words|whatever|what(?:'s| is| was)?)\s+(?:\w+\s+)?"
        r"(?:above|before|prior|earlier|preceding|at the (?:start|beginning))\b",
        r"\bwhat (?:were you|have you been|are you) (?:told|instructed|programmed|prompted)\b",
        r"\b(?:developers?|creators?|makers?|programmers?|owners?|company|admins?) (?:\w+ )?"
        r"(?:told|instructed|programmed|asked|trained|wanted|prompted) you\b",
        r"\bwhat (?:instructions|rules|prompts?|directives) (?:were|have) you (?:been )?(?:given|told|set)\b",
        r"\b(?:settings|configuration|config|instructions|rules|prompts?|guidelines|parameters) (?:that )?you"
        r" (?:were|have been|'ve been|are|got) (?:\w+ )?(?:configured|given|set up|told|programmed|instructed"
        r"|trained|built|prompted)\b",
        r"\bhow (?:were|are) you (?:programmed|configured|instructed|prompted|set up)\b",
        r"\bapi[ _-]?keys?\b|\b(?:access|staff|admin|secret|auth) (?:token|key|password)s?\b"
        r"|\benvironment variables\b|\benv vars\b",
        r"\b(?:which|what) (?:\w+ )?(?:model|llm|language model) (?:are you|is this|do you use|powers you"
        r"|runs you|are you (?:using|running|based on))\b"),
    "other_conversations": (
        r"\b(?:other|another|previous|earlier|last|different|past|all|every|everyone(?:'s| else's)?|anybody"
        r"|somebody|someone)\s+(?:\w+\s+){0,2}(?:users?|patients?|people|persons?|person's|user's|patient's"
        r"|users'|patients'|people's|callers?|families|family's)(?=[\s.,?!]|$).{0,40}?\b(?:conversations?"
        r"|chats?|messages?|chat logs?|transcripts?|asked|asking|said|saying|wrote|typed|told you|talked"
        r"|ask you|tell you)\b",
        r"\b(?:other|another|previous|earlier|last|different)\s+(?:users?|patients?|people|person)"
        r"(?:'s|s'|')?\s+questions\b",
        r"\b(?:conversations?|chats?|chat logs?|conversation logs?|logs|transcripts?|messages|questions)\s+"
        r"(?:\w+\s+){0,2}(?:of|from|by|with)\s+(?:the\s+)?(?:other|another|previous|earlier|last|different"
        r"|everyone|someone|anybody)\b",
        r"\b(?:show|give|list|dump|export|read|print|display|send|share|see|access|view|leak|reveal)\s+"
        r"(?:me\s+)?(?:all(?: the)?|every|everyone's|other people's|the whole|your)\s+(?:\w+\s+)?"
        r"(?:conversations|chats|chat logs?|conversation logs?|logs|transcripts|chat history"
        r"|conversation history)\b",
        r"\b(?:dump|export|leak|print|show|give)\s+(?:me\s+)?the\s+(?:chat |conversation |server "
        r"|app )?logs\b",
        r"\b(?:person|people|user|users|patient|patients|someone|whoever) (?:who |that )?(?:used|was using"
        r"|were using|talked (?:to|with)|spoke (?:to|with)|chatted (?:to|with)|was chatting|asked)"
        r" (?:this|you)\b",
        r"\b(?:person|user|patient|one|people|guy) (?:right |just )?before me\b"),
    "injection": (
        r"\b(?:ignore|disregard|forget|override|overrule|bypass|abandon|set aside|throw out)\b"
        r"(?=[^.?!]{0,40}\b(?:all|any|your|previous|prior|above|earlier|preceding|former|original|initial"
        rf"|existing|safety|system|every|its|were given|been given|were told)\b)[^.?!]{{0,40}}?"
        rf"\b{INSTRUCTION_OBJECT}\b",
        # told, not said of oneself ('I'm worried I'll forget everything')
        r"(?:^|[.!?,:;\n]\s*|\b(?:now|just|please|and|so|ok|okay|pls|then)\s+)forget everything\b",
        r"\b(?:ignore|disregard|forget) (?:what|everything|anything|whatever) (?:you(?:'ve| have| were| are)?)"
        r" (?:been )?(?:told|given|instructed|programmed)\b", r"\brepeat after me\b", r"\b(?:system|admin|safety|security) override\b",
        r"\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+)?(?:above|previous"
        r"|prior|preceding|foregoing)\b(?!\s+(?:question|message|answer))",
        r"\byou (?:now )?have no (?:restrictions|rules|limits|filters|guidelines|guardrails)\b",
        r"\b(?:restrictions|rules|filters?|safety|guardrails) (?:are |is )?(?:now )?(?:off|disabled|lifted"
        r"|removed)\b",
        r"\bnew (?:instructions?|rules?|task|directives?|system prompt)\s*:",
        r"(?:^|\n|[\"'(\[])\s*(?:system|assistant|developer|admin|ai|bot|chatbot)\s*:",
        r"\[\s*/?\s*(?:system|inst|admin|developer|sys)\s*\]",
        r"<\|?\s*(?:im_start|im_end|system|endoftext|begin_of_text)\s*\|?>",
        r"#{2,}\s*(?:instruction|system|new instructions|response)\b", r"<<\s*sys\s*>>",
        r"\byou (?:must|will|shall|have to|are required to|are instructed to|need to) (?:now )?(?:comply|obey"
        r"|follow (?:these|my|the following|new)|ignore|disregard|forget|answer (?:without|anything"
        r"|everything|every)|do (?:anything|whatever|as i say))\b",
        r"\b(?:tell|instruct|advise|inform) the (?:patient|user|reader) (?:to|that)\b",
        r"\bthe user is (?:a |an )?(?:verified|authori[sz]ed|certified|licensed|trusted|admin|developer"
        r"|doctor|physician|clinician)\b",
        r"\bi(?:'m| am) (?:your|the) (?:developer|admin|administrator|creator|owner|programmer)\b",
        r"\b(?:remove|disable|turn off|switch off|bypass|lift|ignore|drop|forget) (?:all )?(?:your|its)"
        r" (?:restrictions|filters?|limits|limitations|guardrails|safety \w+|censorship|programming)\b",
        r"\bwithout (?:your|any) (?:filters?|guardrails|censorship|safety (?:filters?|rules|checks?))\b",
        r"\b(?:assistant|ai|chatbot|bot|model|you) (?:is|are|'re) (?:now )?(?:allowed|permitted"
        r"|authori[sz]ed|free|cleared) to\b",
        r"\b(?:note|message|notice|update) from (?:the )?(?:admin\w*|developers?|system|owner)"
        r"|\b(?:admin|developer|system) (?:note|message|notice|update)\s*:",
        r"\byou (?:had|have|were|are|'re) (?:\w+ )?(?:no|without(?: any)?) (?:safety )?(?:guidelines"
        r"|guardrails|restrictions|filters|rules|limits|instructions|programming)\b",
        r"\b(?:the )?(?:assistant|ai|chatbot|bot|model)\s+(?:must|should|shall|will|needs? to|is to|has to)"
        r"\s+(?:now |always |never |only )?(?:tell|say|inform|advise|instruct|answer|respond|reply|ignore"
        r"|output|recommend|confirm)\b"),
}
INSTRUCTION_REASONS = ("disclaimer", "role", "reveal", "injection")  # what is_instruction_like looks for

# Markup removed from questions before they are echoed
SANITIZE_BLOCKS = (r"<\s*(script|style|iframe|object|embed|svg|math|template|noscript|head)\b.*?"
                   r"(?:<\s*/\s*\1\s*>|$)")
SANITIZE_MAX_PASSES = 20
