package org.summitgraph.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"加入收藏", "您好,欢迎访问中国开源云联盟官网!", "你好，欢迎来到开源中国网站", "当前位置:",
            "当前位置：首页 > 新闻动态", "  返回首页  ", "分享到：", "上一篇：OpenStack温哥华峰会", "责任编辑:张三",
            "版权所有 © 2018 中国开源云联盟", "Copyright © 2018 Example News. All rights reserved.",
            "Skip to main content", "Share this article", "Back to top", "Home > News > Events", "首页 » 新闻",
            "Home | News | Events | About us", "首页 | 新闻动态 | 活动 | 关于我们",
            "Share: Twitter | LinkedIn | Facebook | Email | Print", "Share this post: LinkedIn · Twitter · Facebook · Email",
            "Share: X / Mastodon / Copy link", "Share: Twitter  LinkedIn  Email"})
    void recognisesSiteNavigationLines(String line) {
        assertEquals(true, Boilerplate.isBoilerplate(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"【OpenStack悉尼峰会快报】峰会Day 1:老而弥坚", "2018-03-28",
            "OpenStack峰会自11月6-8日在悉尼召开,中国开源云联盟联合OpenStack社区系列发布前方现场发回的峰会快报。",
            "Home automation is one use case for edge computing.", "欢迎大家参加下一届峰会。", "",
            "By Jane Doe | The New Stack | March 20, 2024", "文 | 李雷 | 开源前沿", "Kubernetes | Prometheus | 2024 roadmap",
            "Share: the stock rose four per cent after the keynote.", "Share of revenue: cloud 40%, services 60%"})
    void keepsArticleLines(String line) {
        assertEquals(false, Boilerplate.isBoilerplate(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "您好,欢迎访问中国开源云联盟官网!|中国开源云联盟",
            "欢迎光临 开源中国 官方网站|开源中国",
            "版权所有 © 2018 中国开源云联盟|中国开源云联盟",
            "版权所有 2014-2018 中国开源云联盟。|中国开源云联盟",
            "Copyright (c) 2018 OpenStack Foundation|OpenStack Foundation",
            "Copyright © 2018 99Cloud|99Cloud",
            "Copyright © 2018 Example News. All rights reserved.|Example News",
            "Copyright © 2011-2018 OpenStack Foundation, All Rights Reserved|OpenStack Foundation",
            "版权所有©中国开源云联盟 京ICP备12345678号|中国开源云联盟",
            "Copyright © 2018 中国开源云联盟 版权所有|中国开源云联盟",
            "来源：开源前沿|开源前沿",
            "来源:星衡数科官方微信公众号|星衡数科",
            "© 2019 The Linux Foundation · Privacy Policy · Terms of Use|The Linux Foundation",
            "©2024 青梧开源社区 版权所有|青梧开源社区",
            "© 2015-2024 云栈资讯 CloudStack 版权所有 京ICP备1234XXXX号|云栈资讯 CloudStack",
            "Copyright © 2019 清溪开源 版权所有 All rights reserved 沪ICP备0000XXXX号-2|清溪开源",
            "© 2021 Harbor Hum. Theme music by Quiet Reef Studio.|Harbor Hum",
            "© 2023 Northwind Labs Inc. All rights reserved.|Northwind Labs",
            "© 2025 Tidewater Cloud, Inc. All rights reserved.|Tidewater Cloud",
            "Copyright © 2024 Lumen Data Pte. Ltd. All rights reserved.|Lumen Data",
            "(c) 2025 Commit Log Radio. Content licensed CC BY 4.0.|Commit Log Radio",
            "版权所有 © 2021 青云观察 未经授权禁止转载 沪ICP备20000000号|青云观察",
            "© 2017 栈桥资讯 未经许可,不得转载|栈桥资讯",
            "© 2022 码上周刊 浙ICP证230001号|码上周刊",
    })
    void findsThePublisherNamedInAGreetingOrCopyrightLine(String line, String publisher) {
        assertEquals(Optional.of(publisher), Boilerplate.publisherIn(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "© 2021 极客速递 版权所有   关于我们 | 联系我们 | 广告合作#极客速递",
            "© 2022 Ledger Weekly. All rights reserved. About us | Contact | Advertise#Ledger Weekly",
            "(c) 2019 The Patch Queue. Independent coverage of Linux and open source. Privacy | Terms#The Patch Queue"})
    void theFooterLinksAfterTheCopyrightAreNoPartOfThePublishersName(String line, String publisher) {
        assertEquals(Optional.of(publisher), Boilerplate.publisherIn(line));
        assertTrue(Boilerplate.isBoilerplate(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"加入收藏", "当前位置:", "Skip to main content", "Copyright 2018", "版权所有 © 2014-2018",
            "Copyright © 2018. All rights reserved.", "来源：网络",
            "(c) the third option"})
    void findsNoPublisherInLinesThatNameNone(String line) {
        assertEquals(Optional.empty(), Boilerplate.publisherIn(line));
    }
}
